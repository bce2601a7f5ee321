package org.huzhu.devices.camera.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * TEST SUPPORT. The real pictures Debian's {@code libdlib19.1} package ships with its examples (Boost licence; the
 * photos come from public data sets): {@code video_frames/} (152 frames of one video, 320x240 grey), {@code johns/}
 * (face crops of 5 people), {@code faces/dogs.jpg} (no face). A test that needs one says exactly what is missing; on
 * CI ({@code CI=true}, where {@code .ci/run} installs the package) that is a failure, elsewhere the test is skipped.
 */
public final class DlibExamples {

    public static final Path ROOT = Path.of("/usr/share/doc/libdlib19.1/examples");

    private DlibExamples() {
    }

    /** The video's frames folder. */
    public static Path videoFrames() {
        return require(ROOT.resolve("video_frames"));
    }

    /** The video's frames, sorted by name. */
    public static List<Path> videoFrameFiles() {
        try (Stream<Path> files = Files.list(videoFrames())) {
            return files.filter(file -> file.toString().endsWith(".jpg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A photo of dogs: no face, no code. */
    public static Path dogs() {
        return require(ROOT.resolve("faces/dogs.jpg"));
    }

    private static Path require(Path path) {
        if (Files.exists(path)) {
            return path;
        }
        String reason = path + " is missing: install Debian's libdlib19.1 package (apt-get install libdlib19.1),"
                + " whose examples are the camera and QR tests' real pictures";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(reason);
        }
        Assumptions.abort(reason);
        return path;
    }
}
