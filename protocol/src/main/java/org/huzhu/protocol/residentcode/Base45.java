package org.huzhu.protocol.residentcode;

import java.io.ByteArrayOutputStream;

/**
 * Base45 (RFC 9285): bytes as characters of the QR code's alphanumeric mode, which packs 11 bits per two characters,
 * so a QR code of base45 text is smaller than one of base64 text of the same bytes. Strict: decoding refuses any
 * character outside the alphabet, a dangling single character, and a group whose value does not fit its bytes.
 * Stateless, thread-safe.
 */
public final class Base45 {

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final int BASE = 45;

    private Base45() {
    }

    public static String encode(byte[] data) {
        StringBuilder text = new StringBuilder((data.length / 2) * 3 + 2);
        for (int i = 0; i + 1 < data.length; i += 2) {
            int n = ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
            text.append(ALPHABET.charAt(n % BASE)).append(ALPHABET.charAt(n / BASE % BASE))
                    .append(ALPHABET.charAt(n / (BASE * BASE)));
        }
        if (data.length % 2 == 1) {
            int n = data[data.length - 1] & 0xff;
            text.append(ALPHABET.charAt(n % BASE)).append(ALPHABET.charAt(n / BASE));
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException the text is not base45 */
    public static byte[] decode(CharSequence text) {
        if (text.length() % 3 == 1) {
            throw new IllegalArgumentException("base45 text cannot have length " + text.length());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() / 3 * 2 + 1);
        for (int i = 0; i < text.length(); i += 3) {
            if (i + 2 < text.length()) {
                int n = digit(text, i) + digit(text, i + 1) * BASE + digit(text, i + 2) * BASE * BASE;
                if (n > 0xffff) {
                    throw new IllegalArgumentException("base45 group at " + i + " is above 65535");
                }
                bytes.write(n >> 8);
                bytes.write(n & 0xff);
            } else {
                int n = digit(text, i) + digit(text, i + 1) * BASE;
                if (n > 0xff) {
                    throw new IllegalArgumentException("base45 final pair is above 255");
                }
                bytes.write(n);
            }
        }
        return bytes.toByteArray();
    }

    private static int digit(CharSequence text, int index) {
        int digit = ALPHABET.indexOf(text.charAt(index));
        if (digit < 0) {
            throw new IllegalArgumentException("not a base45 character at " + index);
        }
        return digit;
    }
}
