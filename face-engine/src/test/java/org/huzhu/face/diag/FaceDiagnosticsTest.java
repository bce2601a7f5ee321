package org.huzhu.face.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.huzhu.face.testsupport.PublicPhotos;
import org.huzhu.face.testsupport.TestPack;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag(TestPack.TAG)
class FaceDiagnosticsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path defaultPack, String... args) {
        return new FaceDiagnostics(defaultPack).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String photo(String relative) {
        return PublicPhotos.root().resolve(relative).toString();
    }

    @Test
    void checkPrintsEachFaceWithItsQualityAndLiveness() {
        int code = run(TestPack.folder(), "face", "check", photo("faces/Tom_Cruise_avp_2014_4.jpg"),
                photo("faces/2008_002506.jpg"));

        assertThat(code).isEqualTo(FaceDiagnostics.OK);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Face model pack: faceplugin-dev").contains("Tom_Cruise_avp_2014_4.jpg: 565x800,"
                + " 1 face(s)").contains("2008_002506.jpg: 500x375, 3 face(s)").contains("liveness 0.9")
                .contains("-> ok");
    }

    @Test
    void checkOfAPhotoWithoutFacesSaysSo() {
        assertThat(run(TestPack.folder(), "check", photo("faces/dogs.jpg"))).isEqualTo(FaceDiagnostics.NO_FACE);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("dogs.jpg: 900x916, 0 face(s)");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No face found");
    }

    @Test
    void compareGivesTheSimilarityAndTheDecisionAtTheThreshold() {
        List<String> salley = photosOf("John_Salley");
        List<String> savage = photosOf("John_Savage");

        assertThat(run(TestPack.folder(), "compare", salley.get(0), salley.get(1))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("similarity 0\\.\\d{3} at threshold 0\\.400:"
                + " same person");
        out.reset();
        assertThat(run(TestPack.folder(), "compare", salley.get(0), savage.get(0), "--threshold", "0.35")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("at threshold 0.350: different people");
    }

    private static List<String> photosOf(String person) {
        return PublicPhotos.johns().stream().filter(p -> p.person().equals(person)).map(p -> p.file().toString())
                .toList();
    }

    @Test
    void aDamagedPackIsNamedAndNothingRuns(@TempDir Path copy) throws IOException {
        TestPack.copyInto(copy);
        Files.write(copy.resolve("fr_landmark.onnx"), new byte[] {0});

        int code = run(Path.of("/nonexistent"), "check", "--pack", copy.toString(), photo("faces/dogs.jpg"));

        assertThat(code).isEqualTo(FaceDiagnostics.PACK_PROBLEM);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("fr_landmark.onnx: 1 bytes, the manifest says");
    }

    @Test
    void badArgumentsAndUnreadableImagesAreTypedOutcomes(@TempDir Path folder) throws IOException {
        assertThat(run(TestPack.folder())).isEqualTo(FaceDiagnostics.USAGE);
        assertThat(run(TestPack.folder(), "compare", "one.jpg")).isEqualTo(FaceDiagnostics.USAGE);
        assertThat(run(TestPack.folder(), "check", "--threshold", "2", "a.jpg")).isEqualTo(FaceDiagnostics.USAGE);
        assertThat(run(TestPack.folder(), "smile")).isEqualTo(FaceDiagnostics.USAGE);
        Path text = Files.writeString(folder.resolve("notes.jpg"), "not a picture");

        assertThat(run(TestPack.folder(), "check", text.toString())).isEqualTo(FaceDiagnostics.IMAGE_PROBLEM);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("notes.jpg: not an image format Java reads");
    }
}
