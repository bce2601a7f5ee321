package org.huzhu.devices.printer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The printer driver knows no JavaFX, and the driver proper knows nothing of its simulator. */
class PrinterArchitectureTest {

    private static final String ROOT = "org.huzhu.devices.printer";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void noJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(MAIN);
    }

    @Test
    void theDriverDoesNotKnowTheSimulator() {
        noClasses().that().resideInAPackage(ROOT).should().dependOnClassesThat().resideInAPackage(ROOT + ".sim..")
                .check(MAIN);
    }
}
