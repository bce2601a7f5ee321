package org.huzhu.devices.card.apdu;

import java.util.HexFormat;

/** Upper-case hex without separators, the way APDUs are written in specifications and logs. */
public final class Hex {

    private static final HexFormat FORMAT = HexFormat.of().withUpperCase();

    private Hex() {
    }

    public static String of(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }

    public static String of(byte[] bytes, int from, int to) {
        return FORMAT.formatHex(bytes, from, to);
    }

    /** Parses hex digits; spaces are ignored so specification-style strings can be pasted. */
    public static byte[] parse(String hex) {
        return FORMAT.parseHex(hex.replace(" ", ""));
    }
}
