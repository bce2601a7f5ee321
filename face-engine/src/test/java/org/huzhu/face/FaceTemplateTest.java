package org.huzhu.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FaceTemplateTest {

    static float[] unit(long seed, int dimensions) {
        Random random = new Random(seed);
        float[] values = new float[dimensions];
        double sum = 0;
        for (int i = 0; i < dimensions; i++) {
            values[i] = (float) random.nextGaussian();
            sum += values[i] * values[i];
        }
        for (int i = 0; i < dimensions; i++) {
            values[i] /= (float) Math.sqrt(sum);
        }
        return values;
    }

    @Test
    void theStoredFormRoundTripsExactlyAsLittleEndianFloat32() {
        FaceTemplate template = FaceTemplate.of("model-a", unit(1, 512));

        byte[] bytes = template.toBytes();

        assertThat(bytes).hasSize(2 + 7 + 2 + 512 * 4);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(buffer.getShort(0)).isEqualTo((short) 7);
        assertThat(buffer.getShort(9)).isEqualTo((short) 512);
        assertThat(buffer.getFloat(11)).isEqualTo(template.values()[0]);
        FaceTemplate read = FaceTemplate.fromBytes(bytes);
        assertThat(read).isEqualTo(template);
        assertThat(Arrays.equals(read.values(), template.values())).isTrue();
        assertThat(read.similarity(template)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void malformedStoredTemplatesAreTypedErrors() {
        byte[] good = FaceTemplate.of("model-a", unit(2, 128)).toBytes();

        assertThatThrownBy(() -> FaceTemplate.fromBytes(new byte[1])).isInstanceOf(InvalidTemplateException.class);
        assertThatThrownBy(() -> FaceTemplate.fromBytes(Arrays.copyOf(good, good.length - 1)))
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("says 128 values");
        byte[] scaled = good.clone();
        ByteBuffer.wrap(scaled).order(ByteOrder.LITTLE_ENDIAN).putFloat(11, 5f);
        assertThatThrownBy(() -> FaceTemplate.fromBytes(scaled)).isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("unit length");
        byte[] notANumber = good.clone();
        ByteBuffer.wrap(notANumber).order(ByteOrder.LITTLE_ENDIAN).putFloat(15, Float.NaN);
        assertThatThrownBy(() -> FaceTemplate.fromBytes(notANumber)).isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("finite");
    }

    @Test
    void templatesOfDifferentModelsAreNeverCompared() {
        FaceTemplate a = FaceTemplate.of("model-a", unit(3, 128));
        FaceTemplate b = FaceTemplate.of("model-b", unit(3, 128));

        assertThatThrownBy(() -> a.similarity(b)).isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("different models");
    }

    @Test
    void valuesAreCopiedInAndOut() {
        float[] values = unit(4, 64);
        FaceTemplate template = FaceTemplate.of("m", values);
        values[0] = 9;
        template.values()[1] = 9;

        assertThat(template.values()[0]).isNotEqualTo(9f);
        assertThat(template.values()[1]).isNotEqualTo(9f);
    }
}
