package org.huzhu.face;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
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

    /** Privacy (issue 14): frames are only read; an image of a face must never reach a disk. The pack check reads. */
    private static final ArchRule WRITES_NO_FILE = noClasses().should()
            .callMethodWhere(target(nameMatching("write.*|newOutputStream|newBufferedWriter|imwrite|copy|createFile"
                    + "|createTemp.*|move")))
            .orShould().accessClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
            .orShould().accessClassesThat().haveFullyQualifiedName("java.io.FileWriter")
            .orShould().accessClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile");

    @Test
    void nothingInTheEngineCanWriteAFile() {
        WRITES_NO_FILE.check(CLASSES);
    }

    @Test
    void theNoWritingRuleCatchesAnImageWriter() {
        JavaClasses writer = new ClassFileImporter().importClasses(WritesAnImage.class);

        assertThatThrownBy(() -> WRITES_NO_FILE.check(writer)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ImageIO.write");
    }

    /** What the rule must catch. */
    static final class WritesAnImage {
        static void save(java.awt.image.BufferedImage image) throws java.io.IOException {
            javax.imageio.ImageIO.write(image, "png", new java.io.File("face.png"));
        }
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
