package org.huzhu.devices.camera.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.sarxos.webcam.Webcam;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.FileOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The camera and QR packages' rules (ADR 0016), checked on the main classes. */
class CameraArchitectureTest {

    private static final String CAMERA = "org.huzhu.devices.camera";
    private static final String QR = "org.huzhu.devices.qr";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CAMERA, QR);
    private static final Set<String> FILES_WRITERS = Set.of("write", "writeString", "newOutputStream",
            "newBufferedWriter", "copy", "createFile", "createTempFile");

    /** Frames are never kept: only the installer's {@code camera snap} writes a picture, to the file it is given. */
    static ArchRule onlyCameraSnapWritesFiles() {
        DescribedPredicate<JavaCall<?>> writesAFile = DescribedPredicate.describe("writes a file", call ->
                call.getTargetOwner().isEquivalentTo(ImageIO.class) && call.getName().equals("write")
                        || call.getTargetOwner().isEquivalentTo(Files.class) && FILES_WRITERS.contains(call.getName())
                        || call.getTargetOwner().isAssignableTo(FileOutputStream.class)
                        || call.getTargetOwner().isEquivalentTo(RandomAccessFile.class));
        return noClasses().that().resideOutsideOfPackage(CAMERA + ".diag..")
                .should().callCodeUnitWhere(writesAFile)
                .because("the camera writes nothing to disk except `camera snap` (ADR 0016)");
    }

    @Test
    void onlyCameraSnapWritesAnImage() {
        onlyCameraSnapWritesFiles().check(MAIN);
    }

    @Test
    void theRuleAboveCanFail() {
        JavaClasses fixture = new ClassFileImporter().importPackages(CAMERA + ".archfixture");

        assertThat(onlyCameraSnapWritesFiles().evaluate(fixture).hasViolation()).isTrue();
    }

    @Test
    void webcamCapturesStaticFacadeIsNeverUsed() {
        // Webcam keeps one driver for the whole JVM, writes lock files to /tmp, and installs a shutdown hook and a
        // signal handler: we drive WebcamDriver / WebcamDevice ourselves on our own thread.
        noClasses().should().dependOnClassesThat().belongToAnyOf(Webcam.class)
                .because("ADR 0016: the driver API only").check(MAIN);
    }

    @Test
    void noJavaFxAndNoCardCode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.huzhu.devices.card..")
                .check(MAIN);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.huzhu.devices.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void slf4jOnlyAndOwnExceptionTypes() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(MAIN);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(MAIN);
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(MAIN);
    }
}
