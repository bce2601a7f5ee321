package org.huzhu.face.model;

/** Scales vectors to unit length (L2), so that a dot product is the cosine similarity. */
public final class UnitVectors {

    private UnitVectors() {
    }

    /** Scales {@code values} in place and returns it; a zero vector is refused (no face gives one). */
    public static float[] normalise(float[] values) {
        double sum = 0;
        for (float value : values) {
            sum += (double) value * value;
        }
        if (!(sum > 0) || Double.isInfinite(sum)) {
            throw new IllegalArgumentException("an embedding of length zero or with non-finite values");
        }
        float scale = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < values.length; i++) {
            values[i] *= scale;
        }
        return values;
    }
}
