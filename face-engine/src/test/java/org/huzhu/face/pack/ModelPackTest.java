package org.huzhu.face.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.huzhu.face.FaceEngine;
import org.huzhu.face.testsupport.TestPack;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag(TestPack.TAG)
class ModelPackTest {

    @TempDir
    Path copy;

    @Test
    void theDevelopmentPackLoadsWithEveryRoleChecked() {
        ModelPack pack = TestPack.pack();

        assertThat(pack.name()).isEqualTo("faceplugin-dev");
        assertThat(pack.similarityThreshold()).isEqualTo(0.40);
        assertThat(pack.model(ModelRole.EMBEDDER).kind()).isEqualTo("faceplugin-embedder512");
        assertThat(pack.model(ModelRole.DETECTOR).inputWidth()).isEqualTo(320);
        for (ModelRole role : ModelRole.values()) {
            assertThat(pack.model(role).file()).exists();
        }
    }

    @Test
    void oneChangedByteRefusesTheWholePack() throws IOException {
        TestPack.copyInto(copy);
        Path feature = copy.resolve("fr_feature.onnx");
        byte[] bytes = Files.readAllBytes(feature);
        bytes[bytes.length / 2] ^= 1;
        Files.write(feature, bytes);

        assertThatThrownBy(() -> ModelPack.load(copy)).isInstanceOf(ModelPackException.class)
                .hasMessage("fr_feature.onnx: SHA-256 differs from the manifest; the file was changed or is damaged"
                        + " — reinstall the face model pack");
    }

    @Test
    void aMissingOrTruncatedFileIsNamed(@TempDir Path second) throws IOException {
        TestPack.copyInto(copy);
        Files.delete(copy.resolve("fr_liveness.onnx"));
        assertThatThrownBy(() -> ModelPack.load(copy)).isInstanceOf(ModelPackException.class)
                .hasMessageStartingWith("fr_liveness.onnx: missing from the pack folder");

        TestPack.copyInto(second);
        Files.write(second.resolve("fr_detect.onnx"), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> ModelPack.load(second)).isInstanceOf(ModelPackException.class)
                .hasMessageStartingWith("fr_detect.onnx: 3 bytes, the manifest says 1217758");
    }

    @Test
    void aFolderWithoutManifestOrWithABrokenOneIsRefused() throws IOException {
        assertThatThrownBy(() -> ModelPack.load(copy)).isInstanceOf(ModelPackException.class)
                .hasMessageContaining("manifest.json: missing");

        Files.writeString(copy.resolve(ModelPack.MANIFEST), "{\"models\": [");
        assertThatThrownBy(() -> ModelPack.load(copy)).isInstanceOf(ModelPackException.class)
                .hasMessageContaining("the manifest cannot be read");

        Files.writeString(copy.resolve(ModelPack.MANIFEST), "{\"models\": []}");
        assertThatThrownBy(() -> ModelPack.load(copy)).isInstanceOf(ModelPackException.class)
                .hasMessageContaining("no model for the role detector");
    }

    @Test
    void aManifestWithoutTheSimilarityThresholdIsRefused() throws IOException {
        TestPack.copyInto(copy);
        replaceInManifest("\"similarityThreshold\": 0.40,", "");

        assertThatThrownBy(() -> ModelPack.load(copy)).isInstanceOf(ModelPackException.class)
                .hasMessageContaining("\"similarityThreshold\"");
    }

    @Test
    void aModelFileOutsideThePackFolderIsRefused() throws IOException {
        TestPack.copyInto(copy);
        replaceInManifest("\"fr_detect.onnx\"", "\"../fr_detect.onnx\"");

        assertThatThrownBy(() -> ModelPack.load(copy)).isInstanceOf(ModelPackException.class)
                .hasMessageContaining("must lie in the pack folder itself");
    }

    @Test
    void aKindThisBuildCannotRunIsRefusedWhenTheEngineOpens() throws IOException, ModelPackException {
        TestPack.copyInto(copy);
        replaceInManifest("\"faceplugin-liveness\"", "\"minifasnet-v2\"");
        ModelPack pack = ModelPack.load(copy);

        assertThatThrownBy(() -> FaceEngine.open(pack)).isInstanceOf(ModelPackException.class)
                .hasMessage("fr_liveness.onnx: model kind \"minifasnet-v2\" for the liveness is not one this build"
                        + " runs (known: faceplugin-liveness)");
    }

    @Test
    void theProductionManifestParsesAndNamesItsFirstMissingFile() throws IOException {
        Files.copy(Path.of("packs/opencv-zoo/manifest.json"), copy.resolve(ModelPack.MANIFEST));

        assertThatThrownBy(() -> ModelPack.load(copy)).isInstanceOf(ModelPackException.class)
                .hasMessageStartingWith("face_detection_yunet_2023mar.onnx: missing from the pack folder");
    }

    private void replaceInManifest(String from, String to) throws IOException {
        Path manifest = copy.resolve(ModelPack.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest, StandardCharsets.UTF_8).replace(from, to));
    }
}
