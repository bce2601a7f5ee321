package org.huzhu.protocol.face;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A face template as it travels sealed (ADR 0019): the embedder's unit vector as little-endian float32, and the id of
 * the model that made it (templates of different models cannot be compared). Validated on construction: a length a
 * real embedder has, finite numbers, unit length.
 */
public final class FaceTemplate {

    static final int MIN_DIMENSIONS = 64;
    static final int MAX_DIMENSIONS = 2048;
    private static final Pattern MODEL_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final double NORM_TOLERANCE = 1e-3;

    private final String modelId;
    private final byte[] vectorBytes;

    private FaceTemplate(String modelId, byte[] vectorBytes) {
        this.modelId = modelId;
        this.vectorBytes = vectorBytes;
    }

    /** @throws IllegalArgumentException a model id of other characters, or bytes that are not a unit vector */
    public static FaceTemplate of(String modelId, byte[] vectorBytes) {
        checkModelId(modelId);
        Objects.requireNonNull(vectorBytes, "vectorBytes");
        if (vectorBytes.length % Float.BYTES != 0 || vectorBytes.length / Float.BYTES < MIN_DIMENSIONS
                || vectorBytes.length / Float.BYTES > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("a template is " + MIN_DIMENSIONS + ".." + MAX_DIMENSIONS
                    + " float32 values, not " + vectorBytes.length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(vectorBytes).order(ByteOrder.LITTLE_ENDIAN);
        double squares = 0;
        while (buffer.hasRemaining()) {
            float value = buffer.getFloat();
            if (!Float.isFinite(value)) {
                throw new IllegalArgumentException("a template holds only finite numbers");
            }
            squares += (double) value * value;
        }
        if (Math.abs(Math.sqrt(squares) - 1) > NORM_TOLERANCE) {
            throw new IllegalArgumentException("a template is a unit vector; this one has length "
                    + Math.sqrt(squares));
        }
        return new FaceTemplate(modelId, vectorBytes.clone());
    }

    /** {@code vector} scaled to unit length, as the embedder's output is compared. */
    public static FaceTemplate ofVector(String modelId, float[] vector) {
        double squares = 0;
        for (float value : vector) {
            squares += (double) value * value;
        }
        double norm = Math.sqrt(squares);
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : vector) {
            buffer.putFloat((float) (value / norm));
        }
        return of(modelId, buffer.array());
    }

    /** Whether {@code text} is a model id: 1-64 of {@code a-z 0-9 . _ -}, starting with a letter or digit. */
    public static boolean isModelId(String text) {
        return text != null && MODEL_ID.matcher(text).matches();
    }

    private static void checkModelId(String modelId) {
        if (!isModelId(modelId)) {
            throw new IllegalArgumentException("a model id is 1-64 of a-z 0-9 . _ - : " + modelId);
        }
    }

    public String modelId() {
        return modelId;
    }

    public byte[] vectorBytes() {
        return vectorBytes.clone();
    }

    public float[] vector() {
        ByteBuffer buffer = ByteBuffer.wrap(vectorBytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] vector = new float[vectorBytes.length / Float.BYTES];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = buffer.getFloat();
        }
        return vector;
    }
}
