package org.huzhu.devices.card.piv;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.huzhu.devices.card.apdu.Hex;
import org.huzhu.devices.card.tlv.BerTlv;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.devices.card.tlv.CardDataException.Problem;

/**
 * An ECC P-256 (secp256r1) public key from a SubjectPublicKeyInfo (RFC 5480): id-ecPublicKey with the named curve
 * prime256v1 and an uncompressed point that lies on the curve. Any other key (RSA, P-384, explicit curve
 * parameters, a point off the curve) is a typed {@link CardDataException}: the kiosk accepts exactly the key type
 * its staff cards are issued with.
 *
 * <p>Immutable and thread-safe.
 */
public final class P256PublicKey {

    private static final byte[] EC_PUBLIC_KEY = Hex.parse("2A8648CE3D0201");
    private static final byte[] PRIME256V1 = Hex.parse("2A8648CE3D030107");
    private static final BigInteger P = new BigInteger(
            "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF", 16);
    private static final BigInteger B = new BigInteger(
            "5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B", 16);
    private static final int COORDINATE_BYTES = 32;
    private static final int UNCOMPRESSED = 0x04;

    private final byte[] encoded;
    private final BigInteger x;
    private final BigInteger y;

    private P256PublicKey(byte[] encoded, BigInteger x, BigInteger y) {
        this.encoded = encoded;
        this.x = x;
        this.y = y;
    }

    /** Parses and checks a DER SubjectPublicKeyInfo. */
    public static P256PublicKey fromSubjectPublicKeyInfo(byte[] spki) throws CardDataException {
        List<BerTlv> parts = CertificateParts.children(spki, 0x30, 2, "subjectPublicKeyInfo");
        List<BerTlv> algorithm = CertificateParts.children(parts.get(0).encoded(), 0x30, 2, "public key algorithm");
        if (algorithm.get(0).tag() != 0x06 || algorithm.get(1).tag() != 0x06
                || !Arrays.equals(algorithm.get(0).value(), EC_PUBLIC_KEY)
                || !Arrays.equals(algorithm.get(1).value(), PRIME256V1)) {
            throw new CardDataException(Problem.BAD_VALUE, "the key is not an ECC P-256 (secp256r1) key");
        }
        CertificateParts.expect(parts.get(1), 0x03, "public key");
        byte[] bits = parts.get(1).value();
        if (bits.length != 2 + 2 * COORDINATE_BYTES || bits[0] != 0 || bits[1] != UNCOMPRESSED) {
            throw new CardDataException(Problem.BAD_VALUE, "the P-256 key is not an uncompressed point");
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(bits, 2, 2 + COORDINATE_BYTES));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(bits, 2 + COORDINATE_BYTES, bits.length));
        if (!onCurve(x, y)) {
            throw new CardDataException(Problem.BAD_VALUE, "the P-256 key's point is not on the curve");
        }
        return new P256PublicKey(spki.clone(), x, y);
    }

    /** y² = x³ − 3x + b (mod p), with both coordinates reduced: rejects invalid-curve points. */
    private static boolean onCurve(BigInteger x, BigInteger y) {
        if (x.compareTo(P) >= 0 || y.compareTo(P) >= 0) {
            return false;
        }
        BigInteger right = x.pow(3).subtract(x.multiply(BigInteger.valueOf(3))).add(B).mod(P);
        return y.pow(2).mod(P).equals(right);
    }

    /** The SubjectPublicKeyInfo DER as given. */
    public byte[] encoded() {
        return encoded.clone();
    }

    /** SHA-256 of the SubjectPublicKeyInfo DER, 64 lower-case hex digits: how the server names a staff key. */
    public String fingerprint() {
        return fingerprint(encoded);
    }

    /** SHA-256 of any DER SubjectPublicKeyInfo, 64 lower-case hex digits (no check that it is a P-256 key). */
    public static String fingerprint(byte[] spki) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(spki));
        } catch (NoSuchAlgorithmException e) {
            // Every Java SE runtime provides SHA-256; reaching this means a broken runtime image.
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    /** The key for {@code java.security.Signature} (SHA256withECDSA, NONEwithECDSA). */
    public ECPublicKey toJavaKey() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
            return (ECPublicKey) KeyFactory.getInstance("EC")
                    .generatePublic(new ECPublicKeySpec(new ECPoint(x, y), curve));
        } catch (GeneralSecurityException e) {
            // The JDK's SunEC provider supports secp256r1 and the point was checked: a broken runtime image.
            throw new IllegalStateException("the Java runtime cannot make a P-256 public key", e);
        }
    }
}
