package org.huzhu.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/** The server's layering rules; each can fail (they are checked against the real classes). */
class ServerArchitectureTest {

    private final JavaClasses server = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.huzhu.server");

    @Test
    void noUiToolkitAndNoKioskCode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.huzhu.kiosk..")
                .check(server);
    }

    @Test
    void onlyTheHttpPackageKnowsJavalin() {
        noClasses().that().resideOutsideOfPackages("org.huzhu.server.http..", "org.huzhu.server.app..")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(server);
    }

    @Test
    void standardStreamsOnlyInTheEntryPointAndCommands() {
        noClasses().that().resideOutsideOfPackages("org.huzhu.server", "org.huzhu.server.cli..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(server);
    }

    @Test
    void slf4jOnlyAndNoGenericExceptionsThrown() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..")
                .check(server);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(server);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(server);
    }

    @Test
    void noPackageCycles() {
        SlicesRuleDefinition.slices().matching("org.huzhu.server.(**)").should().beFreeOfCycles().check(server);
    }
}
