package org.huzhu.kiosk.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.huzhu.face.FaceEngine;
import org.huzhu.face.FaceTemplate;
import org.huzhu.face.pack.ModelPack;
import org.huzhu.face.pack.ModelPackException;

/**
 * What the kiosk's face tests share: the development pack's engine ({@code -Dhuzhu.face.pack}, set by the build) and
 * dlib's public photos, each failing with what to install when missing.
 */
final class TestFaces {

    static final Path PHOTOS = Path.of("/usr/share/doc/libdlib19.1/examples");

    private TestFaces() {
    }

    /** The engine of the development pack; close it after the class's tests. */
    static FaceEngine openEngine() throws ModelPackException {
        Path pack = Path.of(System.getProperty("huzhu.face.pack", "missing"));
        assertThat(pack.resolve("manifest.json")).as("the development face model pack (bash "
                + "face-engine/packs/fetch-dev-pack.sh) and dlib's photos (apt-get install libdlib19.1)").exists();
        assertThat(PHOTOS).exists();
        return FaceEngine.open(ModelPack.load(pack));
    }

    static BufferedImage read(String photo) throws IOException {
        return ImageIO.read(PHOTOS.resolve(photo).toFile());
    }

    /** The template of the one face on {@code photo}. */
    static FaceTemplate templateOf(FaceEngine engine, String photo) throws IOException {
        return engine.analyse(read(photo)).faces().getFirst().template();
    }

    /** Every file and folder under {@code root}, sorted: compared before and after, it shows what was written. */
    static List<Path> everyFileUnder(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            return files.sorted().toList();
        }
    }
}
