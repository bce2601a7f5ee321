package org.huzhu.devices.card.apdu;

import java.util.Arrays;

/**
 * Handles SW 6Cxx ("wrong Le; xx bytes are available") by sending the same command once more with Le = xx, as T=0
 * cards expect. Only once: a card that answers 6Cxx again gets that answer passed on, not an endless loop.
 *
 * <p>Not thread-safe; owned by the reader thread like the channel it wraps.
 */
public final class WrongLengthRetryChannel implements ApduChannel {

    private final ApduChannel inner;

    public WrongLengthRetryChannel(ApduChannel inner) {
        this.inner = inner;
    }

    @Override
    public byte[] transmit(byte[] command) throws CardIOException {
        byte[] raw = inner.transmit(command);
        Response response = Response.parse(raw);
        if (response.sw1() != 0x6C) {
            return raw;
        }
        byte[] resent = withLe(command, response.sw2());
        return resent == null ? raw : inner.transmit(resent);
    }

    /**
     * The command with its Le byte replaced or added, or null if the command is not a well-formed short APDU (then
     * the card's 6Cxx is passed on unchanged rather than guessing).
     */
    static byte[] withLe(byte[] command, int le) {
        if (command.length < 4) {
            return null;
        }
        if (command.length == 4) {
            return append(command, le);
        }
        int lc = command[4] & 0xFF;
        if (command.length == 5) {
            return replaceLast(command, le);
        }
        if (lc == 0) {
            return null; // extended length: not produced by Commands, not guessed at
        }
        if (command.length == 5 + lc) {
            return append(command, le);
        }
        if (command.length == 6 + lc) {
            return replaceLast(command, le);
        }
        return null;
    }

    private static byte[] append(byte[] command, int le) {
        byte[] out = Arrays.copyOf(command, command.length + 1);
        out[command.length] = (byte) le;
        return out;
    }

    private static byte[] replaceLast(byte[] command, int le) {
        byte[] out = command.clone();
        out[out.length - 1] = (byte) le;
        return out;
    }
}
