package org.huzhu.devices.card.piv;

import java.util.Arrays;

/**
 * PIV PINs (SP 800-73-4 part 2, 2.4.3): 6 to 8 ASCII digits, sent padded with FF to 8 bytes. The PIN only ever
 * lives in byte arrays that are wiped after use; it never becomes a {@code String}, which could not be wiped.
 *
 * <p>Stateless and thread-safe.
 */
public final class PivPin {

    public static final int MIN_DIGITS = 6;
    public static final int MAX_DIGITS = 8;
    private static final byte PADDING = (byte) 0xFF;

    private PivPin() {
    }

    /**
     * Copies the typed PIN into ASCII bytes.
     *
     * @throws IllegalArgumentException if {@code pin} is not 6..8 digits 0-9 (nothing is copied then)
     */
    public static byte[] toAsciiDigits(char[] pin) {
        if (pin.length < MIN_DIGITS || pin.length > MAX_DIGITS) {
            throw new IllegalArgumentException("a PIV PIN has " + MIN_DIGITS + ".." + MAX_DIGITS + " digits");
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("a PIV PIN has digits 0-9 only");
            }
        }
        byte[] digits = new byte[pin.length];
        for (int i = 0; i < pin.length; i++) {
            digits[i] = (byte) pin[i];
        }
        return digits;
    }

    /** The 8-byte VERIFY data: the digits, then FF. The caller wipes both arrays. */
    static byte[] padded(byte[] digits) {
        if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) {
            throw new IllegalArgumentException("a PIV PIN has " + MIN_DIGITS + ".." + MAX_DIGITS + " digits");
        }
        byte[] block = new byte[MAX_DIGITS];
        Arrays.fill(block, PADDING);
        System.arraycopy(digits, 0, block, 0, digits.length);
        return block;
    }

    public static void wipe(byte[] secret) {
        Arrays.fill(secret, (byte) 0);
    }
}
