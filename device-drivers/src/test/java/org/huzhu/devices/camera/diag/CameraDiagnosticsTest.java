package org.huzhu.devices.camera.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.huzhu.devices.camera.testsupport.DlibExamples;
import org.huzhu.devices.camera.testsupport.TestImages;
import org.huzhu.devices.qr.QrPictures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code huzhu-kiosk camera list|snap|qr} on the file-backed camera and on this machine's (absent) camera. */
class CameraDiagnosticsTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new CameraDiagnostics().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listShowsTheFileCameraAndItsMode() {
        Path folder = TestImages.greyFrames(temp.resolve("frames"), 2);

        assertThat(run("camera", "list", "--source", folder.toString())).isEqualTo(CameraDiagnostics.OK);
        assertThat(out()).contains("Camera source: images at " + folder).contains("images " + folder + "  32x24");
    }

    @Test
    void listOnThisMachineSaysThereIsNoCamera() {
        Assumptions.assumeFalse(Files.exists(Path.of("/dev/video0")), "this machine has a camera");

        assertThat(run("list")).isEqualTo(CameraDiagnostics.NO_CAMERA);
        assertThat(err()).contains("No camera: no camera found (native camera).");
    }

    @Test
    void snapWritesOneFrameAsPng() throws IOException {
        Path file = temp.resolve("aim.png");

        assertThat(run("snap", file.toString(), "--source", DlibExamples.videoFrames().toString()))
                .isEqualTo(CameraDiagnostics.OK);

        BufferedImage written = ImageIO.read(file.toFile());
        assertThat(written.getWidth()).isEqualTo(320);
        assertThat(written.getHeight()).isEqualTo(240);
        assertThat(out()).containsPattern("Wrote frame \\d+ \\(320x240\\) to " + Pattern.quote(file.toString()));
    }

    @Test
    void snapIntoAMissingFolderIsRefusedBeforeTheCameraOpens() {
        Path file = temp.resolve("no-such-folder/aim.png");

        assertThat(run("snap", file.toString(), "--source", temp.toString())).isEqualTo(CameraDiagnostics.CAMERA_PROBLEM);
        assertThat(err()).contains("does not exist");
    }

    @Test
    void qrPrintsTheCodeTheCameraSees() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("frames"));
        BufferedImage frame = QrPictures.withCode(QrPictures.scaled(QrPictures.read(
                DlibExamples.videoFrameFiles().getFirst()), 640, 480), QrPictures.code("HZR1.diagnostics", 4),
                320, 240, 12);
        ImageIO.write(frame, "png", folder.resolve("code.png").toFile());

        assertThat(run("qr", "--source", folder.toString())).isEqualTo(CameraDiagnostics.OK);
        assertThat(out()).contains("QR code: HZR1.diagnostics");
    }

    @Test
    void qrWithoutACodeTimesOut() {
        assertThat(run("qr", "--source", DlibExamples.dogs().toString(), "--timeout", "1"))
                .isEqualTo(CameraDiagnostics.TIMEOUT);
        assertThat(err()).contains("No QR code seen within 1 s");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(run()).isEqualTo(CameraDiagnostics.USAGE);
        assertThat(run("snap")).isEqualTo(CameraDiagnostics.USAGE);
        assertThat(run("qr", "--timeout", "soon")).isEqualTo(CameraDiagnostics.USAGE);
        assertThat(run("list", "--source")).isEqualTo(CameraDiagnostics.USAGE);
        assertThat(run("focus")).isEqualTo(CameraDiagnostics.USAGE);
        assertThat(err()).contains("usage: camera list");
    }
}
