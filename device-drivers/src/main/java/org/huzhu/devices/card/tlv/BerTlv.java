package org.huzhu.devices.card.tlv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One BER-TLV data object (ISO/IEC 7816-4 annex D, and the DER subset X.509 uses): a tag of one to three bytes, a
 * length in short form (00..7F) or long form {@code 81 xx}, {@code 82 xx xx}, {@code 83 xx xx xx}, then the value.
 *
 * <p>Parsing is strict and bounded: every index is checked before it is read, indefinite lengths ({@code 80}) and
 * lengths beyond the input are rejected, and nothing recurses, so malformed card data ends in a
 * {@link CardDataException}, never an untyped exception or a deep stack.
 *
 * @param tag the tag bytes as an unsigned number, e.g. {@code 0x53}, {@code 0x5FC105}
 * @param value the value bytes (a copy)
 * @param encoded the whole data object as it appeared: tag, length and value (a copy); X.509 fingerprints and
 *     signatures are over these exact bytes
 */
public record BerTlv(int tag, byte[] value, byte[] encoded) {

    private static final int MAX_TAG_BYTES = 3;

    public BerTlv {
        value = value.clone();
        encoded = encoded.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    /** Whether the tag says the value is itself a sequence of data objects (bit 6 of the first tag byte). */
    public boolean isConstructed() {
        int first = tag;
        while (first > 0xFF) {
            first >>>= 8;
        }
        return (first & 0x20) != 0;
    }

    /**
     * Exactly one data object filling {@code data}.
     *
     * @param what names the object in error messages (never the bytes)
     */
    public static BerTlv parseOne(byte[] data, String what) throws CardDataException {
        List<BerTlv> all = parseAll(data, what);
        if (all.size() != 1) {
            throw new CardDataException(CardDataException.Problem.BAD_LENGTH,
                    what + ": expected one data object, found " + all.size());
        }
        return all.getFirst();
    }

    /** The data objects that fill {@code data} exactly, one after the other (the value of a constructed object). */
    public static List<BerTlv> parseAll(byte[] data, String what) throws CardDataException {
        List<BerTlv> objects = new ArrayList<>();
        int offset = 0;
        while (offset < data.length) {
            int start = offset;
            int tag = data[offset++] & 0xFF;
            if ((tag & 0x1F) == 0x1F) {
                int tagBytes = 1;
                int next;
                do {
                    if (offset >= data.length) {
                        throw truncated(what, "tag");
                    }
                    if (++tagBytes > MAX_TAG_BYTES) {
                        throw new CardDataException(CardDataException.Problem.BAD_VALUE,
                                what + ": tag longer than " + MAX_TAG_BYTES + " bytes");
                    }
                    next = data[offset++] & 0xFF;
                    tag = (tag << 8) | next;
                } while ((next & 0x80) != 0);
            }
            if (offset >= data.length) {
                throw truncated(what, "length");
            }
            int first = data[offset++] & 0xFF;
            long length = first;
            if (first > 0x7F) {
                int lengthBytes = first & 0x7F;
                if (lengthBytes == 0 || lengthBytes > 3) {
                    throw new CardDataException(CardDataException.Problem.BAD_LENGTH,
                            String.format("%s: length form %02X is not allowed", what, first));
                }
                if (data.length - offset < lengthBytes) {
                    throw truncated(what, "length");
                }
                length = 0;
                for (int i = 0; i < lengthBytes; i++) {
                    length = (length << 8) | (data[offset++] & 0xFF);
                }
            }
            if (length > data.length - offset) {
                throw new CardDataException(CardDataException.Problem.TRUNCATED, String.format(
                        "%s: tag %X announces %d bytes but only %d follow", what, tag, length, data.length - offset));
            }
            int end = offset + (int) length;
            objects.add(new BerTlv(tag, Arrays.copyOfRange(data, offset, end), Arrays.copyOfRange(data, start, end)));
            offset = end;
        }
        return objects;
    }

    /** The first object with {@code tag}, if any. */
    public static Optional<BerTlv> find(List<BerTlv> objects, int tag) {
        return objects.stream().filter(object -> object.tag == tag).findFirst();
    }

    /** The first object with {@code tag}, or a typed error naming what is missing. */
    public static BerTlv require(List<BerTlv> objects, int tag, String what) throws CardDataException {
        Optional<BerTlv> found = find(objects, tag);
        if (found.isEmpty()) {
            throw new CardDataException(CardDataException.Problem.UNEXPECTED_TAG,
                    String.format("%s: tag %X is missing", what, tag));
        }
        return found.get();
    }

    /** Encodes a data object with the shortest length form (for commands and simulated cards). */
    public static byte[] encode(int tag, byte[] value) {
        byte[] tagBytes = tagBytes(tag);
        byte[] lengthBytes = value.length < 0x80 ? new byte[] {(byte) value.length}
                : value.length <= 0xFF ? new byte[] {(byte) 0x81, (byte) value.length}
                : value.length <= 0xFFFF ? new byte[] {(byte) 0x82, (byte) (value.length >>> 8), (byte) value.length}
                : new byte[] {(byte) 0x83, (byte) (value.length >>> 16), (byte) (value.length >>> 8),
                        (byte) value.length};
        byte[] out = new byte[tagBytes.length + lengthBytes.length + value.length];
        System.arraycopy(tagBytes, 0, out, 0, tagBytes.length);
        System.arraycopy(lengthBytes, 0, out, tagBytes.length, lengthBytes.length);
        System.arraycopy(value, 0, out, tagBytes.length + lengthBytes.length, value.length);
        return out;
    }

    /** The tag's bytes, e.g. {@code 5F C1 05} for {@code 0x5FC105}. */
    public static byte[] tagBytes(int tag) {
        return tag > 0xFFFF ? new byte[] {(byte) (tag >>> 16), (byte) (tag >>> 8), (byte) tag}
                : tag > 0xFF ? new byte[] {(byte) (tag >>> 8), (byte) tag} : new byte[] {(byte) tag};
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BerTlv that && tag == that.tag && Arrays.equals(encoded, that.encoded);
    }

    @Override
    public int hashCode() {
        return 31 * tag + Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return String.format("BerTlv[tag=%X, %d bytes]", tag, value.length);
    }

    private static CardDataException truncated(String what, String part) {
        return new CardDataException(CardDataException.Problem.TRUNCATED, what + ": cut off in a " + part);
    }
}
