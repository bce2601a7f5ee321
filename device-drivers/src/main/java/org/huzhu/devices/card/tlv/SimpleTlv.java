package org.huzhu.devices.card.tlv;

import java.util.Arrays;

/**
 * Strict, bounded parsing of ISO/IEC 7816-4 simple-TLV: one tag byte (01..FE), a length byte 00..FE or FF followed by
 * two length bytes, then the value. Every index is checked against the array before it is read, so malformed input
 * gives a {@link CardDataException}, never an {@code ArrayIndexOutOfBoundsException}.
 *
 * <p>Stateless and thread-safe.
 */
public final class SimpleTlv {

    private SimpleTlv() {
    }

    /**
     * The value of a record that holds exactly one simple-TLV with {@code expectedTag}. Fixed-length records are
     * padded after the TLV; only 00 or FF padding is accepted, anything else is an error.
     *
     * @param field names the field in error messages (never the bytes)
     */
    public static byte[] recordValue(byte[] record, int expectedTag, String field) throws CardDataException {
        if (record.length < 2) {
            throw new CardDataException(CardDataException.Problem.TRUNCATED,
                    field + ": record of " + record.length + " bytes is too short for a TLV");
        }
        int tag = record[0] & 0xFF;
        if (tag != expectedTag) {
            throw new CardDataException(CardDataException.Problem.UNEXPECTED_TAG,
                    String.format("%s: expected tag %02X, found %02X", field, expectedTag, tag));
        }
        int lengthByte = record[1] & 0xFF;
        int valueStart = 2;
        int length = lengthByte;
        if (lengthByte == 0xFF) {
            if (record.length < 4) {
                throw new CardDataException(CardDataException.Problem.TRUNCATED,
                        field + ": three-byte length is cut off");
            }
            length = ((record[2] & 0xFF) << 8) | (record[3] & 0xFF);
            valueStart = 4;
        }
        if (length > record.length - valueStart) {
            throw new CardDataException(CardDataException.Problem.TRUNCATED,
                    field + ": length " + length + " but only " + (record.length - valueStart) + " bytes follow");
        }
        int end = valueStart + length;
        for (int i = end; i < record.length; i++) {
            if (record[i] != 0x00 && record[i] != (byte) 0xFF) {
                throw new CardDataException(CardDataException.Problem.BAD_LENGTH,
                        field + ": " + (record.length - end) + " unexpected bytes after the value");
            }
        }
        return Arrays.copyOfRange(record, valueStart, end);
    }
}
