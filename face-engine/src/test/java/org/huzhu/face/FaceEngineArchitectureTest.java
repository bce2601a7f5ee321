package org.huzhu.face;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The face engine stands alone: no JavaFX, none of our other modules, no package cycles, model code below the API. */
class FaceEngineArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.huzhu.face");

    @Test
    void noJavaFxAndNoOtherHuzhuModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.huzhu.kiosk..",
                "org.huzhu.devices..", "org.huzhu.protocol..", "org.huzhu.server..").check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.huzhu.face.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theModelsNeverReachUpIntoTheEngine() {
        noClasses().that().resideInAnyPackage("org.huzhu.face.model..", "org.huzhu.face.pack..").should()
                .dependOnClassesThat().resideInAnyPackage("org.huzhu.face", "org.huzhu.face.diag").check(CLASSES);
    }
}
