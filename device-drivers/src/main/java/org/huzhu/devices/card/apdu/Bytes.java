package org.huzhu.devices.card.apdu;

import java.util.Arrays;

/** Byte-array assembly for APDUs and card data. Stateless. */
public final class Bytes {

    private Bytes() {
    }

    /** The parts one after the other, in a new array. */
    public static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, offset, part.length);
            offset += part.length;
        }
        return out;
    }

    /** A response APDU: {@code data} followed by SW1 SW2 of {@code sw}. */
    public static byte[] withStatus(byte[] data, int sw) {
        byte[] out = Arrays.copyOf(data, data.length + 2);
        out[data.length] = (byte) (sw >>> 8);
        out[data.length + 1] = (byte) sw;
        return out;
    }

    /** A response APDU of only SW1 SW2. */
    public static byte[] status(int sw) {
        return new byte[] {(byte) (sw >>> 8), (byte) sw};
    }
}
