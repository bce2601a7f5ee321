package org.huzhu.protocol.residentcode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;

/**
 * The resident code's text form (docs/protocol.md §13): {@code HZ1:} and the base45 of
 * {@code suite(1) codeId(16) residentId(16) communityLength(1) community(1..64) issuedAt(4) expiresAt(4) signature},
 * times as unsigned big-endian seconds since the epoch. The server signs {@value #DOMAIN} + one zero byte + those
 * bytes up to the signature, with the key kiosks pinned at enrolment. Reading is strict: every malformed text is a
 * {@link ResidentCodeException} naming the check that failed, never a runtime exception. Stateless, thread-safe.
 */
public final class ResidentCodes {

    /** Version 1 of the text form; upper case so the whole text fits the QR code's alphanumeric mode. */
    public static final String PREFIX = "HZ1:";
    /** What the signature covers first, so it can never be taken for a receipt's or a transaction's. */
    static final String DOMAIN = "huzhu-resident-code-1";
    /** The longest text a reader looks at; anything longer is refused before decoding. */
    public static final int MAX_TEXT_LENGTH = 400;

    private static final Map<Integer, SignatureSuite> SUITE_BY_BYTE = Map.of(
            1, SignatureSuites.ED25519_SHA256, 2, SignatureSuites.SM2_SM3);
    private static final int FIXED_BYTES = 1 + 16 + 16 + 1;
    private static final int TIME_BYTES = 8;
    /** An SM2 signature is DER: two integers of up to 33 bytes each, in a sequence. */
    private static final int MAX_DER_SIGNATURE = 72;
    private static final int MIN_DER_SIGNATURE = 8;
    private static final int ED25519_SIGNATURE = 64;

    private ResidentCodes() {
    }

    /** Whether {@code text} claims to be one of our codes (the kiosk's scanner decides between codes by this). */
    public static boolean hasPrefix(String text) {
        return text.startsWith(PREFIX);
    }

    /**
     * Signs {@code code} and writes its text.
     *
     * @throws KeyMismatchException {@code key} is not a key of {@code suite}
     */
    public static String encode(ResidentCode code, SignatureSuite suite, PrivateKey key) throws KeyMismatchException {
        byte[] body = body(code, suite);
        byte[] signature = suite.sign(key, signedContent(body));
        return PREFIX + Base45.encode(ByteBuffer.allocate(body.length + signature.length).put(body).put(signature)
                .array());
    }

    /**
     * Reads a code's structure and fields without checking its signature (the server's own records, tests).
     *
     * @throws ResidentCodeException anything but a signature problem
     */
    public static SignedResidentCode parse(String text) throws ResidentCodeException {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new ResidentCodeException(ResidentCodeException.Problem.WRONG_LENGTH,
                    "a resident code is at most " + MAX_TEXT_LENGTH + " characters");
        }
        if (!hasPrefix(text)) {
            throw new ResidentCodeException(ResidentCodeException.Problem.WRONG_PREFIX,
                    "a resident code starts with " + PREFIX);
        }
        byte[] bytes;
        try {
            bytes = Base45.decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new ResidentCodeException(ResidentCodeException.Problem.BAD_ENCODING, e.getMessage());
        }
        return read(bytes);
    }

    /**
     * Reads a code and checks it was signed by {@code key}, the server key the reader trusts.
     *
     * @throws ResidentCodeException malformed, of another suite than {@code suite}, or a signature that does not
     *                               verify
     */
    public static SignedResidentCode verify(String text, SignatureSuite suite, PublicKey key)
            throws ResidentCodeException {
        SignedResidentCode signed = parse(text);
        if (!signed.suite().id().equals(suite.id())) {
            throw new ResidentCodeException(ResidentCodeException.Problem.WRONG_SUITE,
                    "the code is signed with " + signed.suite().id() + ", the server key is " + suite.id());
        }
        byte[] body = body(signed.code(), signed.suite());
        if (!suite.verify(key, signedContent(body), signed.signature())) {
            throw new ResidentCodeException(ResidentCodeException.Problem.BAD_SIGNATURE,
                    "the code's signature does not verify with the server's key");
        }
        return signed;
    }

    private static SignedResidentCode read(byte[] bytes) throws ResidentCodeException {
        if (bytes.length < FIXED_BYTES + 1 + TIME_BYTES + MIN_DER_SIGNATURE) {
            throw wrongLength("too short: " + bytes.length + " bytes");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int suiteByte = in.get() & 0xff;
        SignatureSuite suite = SUITE_BY_BYTE.get(suiteByte);
        if (suite == null) {
            throw new ResidentCodeException(ResidentCodeException.Problem.UNKNOWN_SUITE,
                    "unknown suite byte " + suiteByte);
        }
        UUID codeId = new UUID(in.getLong(), in.getLong());
        UUID residentId = new UUID(in.getLong(), in.getLong());
        int communityLength = in.get() & 0xff;
        if (communityLength < 1 || communityLength > ResidentCode.MAX_COMMUNITY_BYTES
                || in.remaining() < communityLength + TIME_BYTES) {
            throw wrongLength("community length " + communityLength + " does not fit");
        }
        byte[] communityBytes = new byte[communityLength];
        in.get(communityBytes);
        String community = utf8(communityBytes);
        Instant issuedAt = Instant.ofEpochSecond(Integer.toUnsignedLong(in.getInt()));
        Instant expiresAt = Instant.ofEpochSecond(Integer.toUnsignedLong(in.getInt()));
        byte[] signature = new byte[in.remaining()];
        in.get(signature);
        boolean ed25519 = suite == SignatureSuites.ED25519_SHA256;
        if (ed25519 ? signature.length != ED25519_SIGNATURE
                : signature.length < MIN_DER_SIGNATURE || signature.length > MAX_DER_SIGNATURE) {
            throw wrongLength("a " + suite.id() + " signature cannot be " + signature.length + " bytes");
        }
        if (!expiresAt.isAfter(issuedAt)) {
            throw new ResidentCodeException(ResidentCodeException.Problem.BAD_FIELD,
                    "the code expires before it is issued");
        }
        return new SignedResidentCode(new ResidentCode(codeId, residentId, community, issuedAt, expiresAt), suite,
                signature);
    }

    private static String utf8(byte[] bytes) throws ResidentCodeException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ResidentCodeException(ResidentCodeException.Problem.BAD_FIELD, "the community is not UTF-8");
        }
    }

    private static ResidentCodeException wrongLength(String message) {
        return new ResidentCodeException(ResidentCodeException.Problem.WRONG_LENGTH, message);
    }

    /** The token's bytes up to its signature. */
    private static byte[] body(ResidentCode code, SignatureSuite suite) {
        byte[] community = code.community().getBytes(StandardCharsets.UTF_8);
        int suiteByte = SUITE_BY_BYTE.entrySet().stream().filter(e -> e.getValue().id().equals(suite.id()))
                .findFirst().orElseThrow().getKey();
        return ByteBuffer.allocate(FIXED_BYTES + community.length + TIME_BYTES).put((byte) suiteByte)
                .putLong(code.codeId().getMostSignificantBits()).putLong(code.codeId().getLeastSignificantBits())
                .putLong(code.residentId().getMostSignificantBits())
                .putLong(code.residentId().getLeastSignificantBits())
                .put((byte) community.length).put(community)
                .putInt((int) code.issuedAt().getEpochSecond()).putInt((int) code.expiresAt().getEpochSecond())
                .array();
    }

    private static byte[] signedContent(byte[] body) {
        byte[] domain = DOMAIN.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(domain.length + 1 + body.length).put(domain).put((byte) 0).put(body).array();
    }
}
