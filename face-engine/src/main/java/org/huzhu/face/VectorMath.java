package org.huzhu.face;

/**
 * The dot product at the heart of 1:N search, written for the JIT: eight independent accumulators so the CPU's
 * floating-point units overlap instead of waiting on one running sum (the JIT does not reorder a float reduction on
 * its own). Plain Java: no incubator Vector API, which would need a launcher flag.
 */
final class VectorMath {

    private VectorMath() {
    }

    /** The dot product of {@code probe} with {@code probe.length} values of {@code rows} starting at {@code offset}. */
    static float dot(float[] rows, int offset, float[] probe) {
        int n = probe.length;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int i = 0;
        for (; i + 7 < n; i += 8) {
            int j = offset + i;
            s0 += rows[j] * probe[i];
            s1 += rows[j + 1] * probe[i + 1];
            s2 += rows[j + 2] * probe[i + 2];
            s3 += rows[j + 3] * probe[i + 3];
            s4 += rows[j + 4] * probe[i + 4];
            s5 += rows[j + 5] * probe[i + 5];
            s6 += rows[j + 6] * probe[i + 6];
            s7 += rows[j + 7] * probe[i + 7];
        }
        for (; i < n; i++) {
            s0 += rows[offset + i] * probe[i];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
