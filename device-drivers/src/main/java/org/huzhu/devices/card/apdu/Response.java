package org.huzhu.devices.card.apdu;

import java.util.Arrays;

/**
 * A response APDU split into data and status word. Immutable; {@link #data()} returns a copy.
 *
 * @param sw the status word SW1 SW2 as an unsigned 16-bit value, e.g. {@code 0x9000}
 */
public record Response(byte[] data, int sw) {

    public static final int SW_OK = 0x9000;

    public Response {
        data = data.clone();
    }

    /** Splits raw response bytes; fewer than two bytes is a protocol error, not an out-of-bounds read. */
    public static Response parse(byte[] raw) throws CardIOException {
        if (raw.length < 2) {
            throw new CardIOException(CardIOException.Reason.PROTOCOL,
                    "response of " + raw.length + " bytes has no status word");
        }
        int sw = ((raw[raw.length - 2] & 0xFF) << 8) | (raw[raw.length - 1] & 0xFF);
        return new Response(Arrays.copyOf(raw, raw.length - 2), sw);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public int sw1() {
        return sw >>> 8;
    }

    public int sw2() {
        return sw & 0xFF;
    }

    public boolean isOk() {
        return sw == SW_OK;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Response that && sw == that.sw && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(data) + sw;
    }

    /** Length and status only: response data may be personal data and never goes into logs. */
    @Override
    public String toString() {
        return "Response[" + data.length + " bytes, SW=" + String.format("%04X", sw) + "]";
    }
}
