package org.huzhu.face;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A face's embedding: the embedder's model id and a unit-length vector. Only this is ever kept of a face (never an
 * image). Templates of different models cannot be compared. Immutable and thread-safe.
 *
 * <p>Stored form ({@link #toBytes()}), little-endian: a 2-byte length and the model id in UTF-8, a 2-byte dimension
 * count, then the values as IEEE float32. {@link #fromBytes(byte[])} refuses anything else, including vectors that are
 * not unit length (a corrupted or foreign template).
 */
public final class FaceTemplate {

    private static final double UNIT_TOLERANCE = 1e-3;
    private static final int MAX_DIMENSIONS = 4096;

    private final String modelId;
    private final float[] values;

    private FaceTemplate(String modelId, float[] values) {
        this.modelId = modelId;
        this.values = values;
    }

    /** A template from an embedder's unit-length output; copies {@code values}. */
    public static FaceTemplate of(String modelId, float[] values) {
        if (modelId.isBlank() || modelId.getBytes(StandardCharsets.UTF_8).length > Short.MAX_VALUE) {
            throw new InvalidTemplateException("a face template needs a model id of 1 to 32767 bytes");
        }
        if (values.length == 0 || values.length > MAX_DIMENSIONS) {
            throw new InvalidTemplateException("a face template has 1 to " + MAX_DIMENSIONS + " values, got "
                    + values.length);
        }
        double sum = 0;
        for (float value : values) {
            if (!Float.isFinite(value)) {
                throw new InvalidTemplateException("a face template holds a value that is not a finite number");
            }
            sum += (double) value * value;
        }
        if (Math.abs(Math.sqrt(sum) - 1) > UNIT_TOLERANCE) {
            throw new InvalidTemplateException("a face template must be unit length, its length is " + Math.sqrt(sum));
        }
        return new FaceTemplate(modelId, values.clone());
    }

    /** Reads the stored form; throws {@link InvalidTemplateException} for anything malformed. */
    public static FaceTemplate fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (buffer.remaining() < 2) {
            throw new InvalidTemplateException("a stored face template is too short (" + bytes.length + " bytes)");
        }
        int idLength = Short.toUnsignedInt(buffer.getShort());
        if (idLength == 0 || buffer.remaining() < idLength + 2) {
            throw new InvalidTemplateException("a stored face template's model id is cut short");
        }
        byte[] id = new byte[idLength];
        buffer.get(id);
        int dimensions = Short.toUnsignedInt(buffer.getShort());
        if (buffer.remaining() != dimensions * Float.BYTES) {
            throw new InvalidTemplateException("a stored face template says " + dimensions + " values but holds "
                    + buffer.remaining() + " bytes");
        }
        float[] values = new float[dimensions];
        buffer.asFloatBuffer().get(values);
        return of(new String(id, StandardCharsets.UTF_8), values);
    }

    public byte[] toBytes() {
        byte[] id = modelId.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(2 + id.length + 2 + values.length * Float.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) id.length).put(id).putShort((short) values.length);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    /** The embedder's model id from the pack's manifest. */
    public String modelId() {
        return modelId;
    }

    public int dimensions() {
        return values.length;
    }

    /** A copy of the values. */
    public float[] values() {
        return values.clone();
    }

    /**
     * Cosine similarity, -1 to 1 (development pack on the public johns photos: same person 0.415 and above, different
     * people 0.289 and below).
     */
    public double similarity(FaceTemplate other) {
        requireSameModel(other.modelId, other.values.length);
        return VectorMath.dot(values, 0, other.values);
    }

    void requireSameModel(String otherModel, int otherDimensions) {
        if (!modelId.equals(otherModel) || values.length != otherDimensions) {
            throw new InvalidTemplateException("face templates of different models (" + modelId + ", "
                    + values.length + " values; " + otherModel + ", " + otherDimensions + " values) cannot be compared");
        }
    }

    float[] valuesShared() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FaceTemplate template && template.modelId.equals(modelId)
                && Arrays.equals(template.values, values);
    }

    @Override
    public int hashCode() {
        return modelId.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "FaceTemplate[" + modelId + ", " + values.length + " values]";
    }
}
