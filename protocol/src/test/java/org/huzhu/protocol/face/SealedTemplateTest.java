package org.huzhu.protocol.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.KeyPair;
import java.util.Random;
import java.util.UUID;
import org.huzhu.protocol.crypto.SealedBoxException;
import org.huzhu.protocol.crypto.SealingScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SealedTemplateTest {

    private static final UUID RESIDENT = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final String MODEL = "faceplugin-fr-feature-512";

    static FaceTemplate randomTemplate(long seed) {
        Random random = new Random(seed);
        float[] vector = new float[512];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return FaceTemplate.ofVector(MODEL, vector);
    }

    @ParameterizedTest
    @EnumSource(SealingScheme.class)
    void opensOnlyForItsRecipientAsThatResidentsTemplateOfThatModel(SealingScheme scheme) throws Exception {
        KeyPair server = scheme.generateKeyPair();
        FaceTemplate template = randomTemplate(1);

        SealedTemplate sealed = SealedTemplate.seal(server.getPublic(), scheme, SealedTemplate.SERVER, RESIDENT,
                template);

        assertThat(sealed.open(server.getPrivate(), SealedTemplate.SERVER, RESIDENT, MODEL).vector())
                .containsExactly(template.vector());
        assertThatThrownBy(() -> sealed.open(server.getPrivate(), "K-other", RESIDENT, MODEL))
                .isInstanceOf(SealedBoxException.class);
        assertThatThrownBy(() -> sealed.open(server.getPrivate(), SealedTemplate.SERVER, UUID.randomUUID(), MODEL))
                .as("moved to another resident").isInstanceOf(SealedBoxException.class);
        assertThatThrownBy(() -> sealed.open(server.getPrivate(), SealedTemplate.SERVER, RESIDENT, "other-model"))
                .isInstanceOf(SealedBoxException.class);
        assertThatThrownBy(() -> sealed.open(scheme.generateKeyPair().getPrivate(), SealedTemplate.SERVER, RESIDENT,
                MODEL)).isInstanceOf(SealedBoxException.class);
    }

    @Test
    void onlyUnitVectorsOfARealLengthAreTemplates() {
        assertThat(randomTemplate(2).vector()).hasSize(512);
        byte[] notUnit = ByteBuffer.allocate(512 * 4).order(ByteOrder.LITTLE_ENDIAN).putFloat(0, 2f).array();
        assertThatThrownBy(() -> FaceTemplate.of(MODEL, notUnit)).hasMessageContaining("unit vector");
        assertThatThrownBy(() -> FaceTemplate.of(MODEL, new byte[10])).hasMessageContaining("float32");
        byte[] nan = ByteBuffer.allocate(512 * 4).order(ByteOrder.LITTLE_ENDIAN).putFloat(0, Float.NaN).array();
        assertThatThrownBy(() -> FaceTemplate.of(MODEL, nan)).hasMessageContaining("finite");
        assertThatThrownBy(() -> FaceTemplate.of("Model With Spaces", randomTemplate(3).vectorBytes()))
                .hasMessageContaining("model id");
    }

    @Test
    void aSealedTemplateRefusesWhatCannotBeOne() {
        assertThatThrownBy(() -> new SealedTemplate("rot13", "", "AAAA")).hasMessageContaining("scheme");
        assertThatThrownBy(() -> new SealedTemplate(SealingScheme.SM2_C1C3C2.id(), "", "not base64!"))
                .hasMessageContaining("base64");
        assertThatThrownBy(() -> new SealedTemplate(SealingScheme.SM2_C1C3C2.id(), "", ""))
                .hasMessageContaining("ciphertext");
        assertThatThrownBy(() -> new SealedTemplate(SealingScheme.SM2_C1C3C2.id(), "",
                "A".repeat(SealedTemplate.MAX_CIPHERTEXT_CHARS + 4))).hasMessageContaining("ciphertext");
    }
}
