package org.huzhu.devices.card.piv;

import java.math.BigInteger;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECPublicKey;
import org.huzhu.devices.card.tlv.BerTlv;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.devices.card.tlv.CardDataException.Problem;

/**
 * DER ECDSA signatures (SEQUENCE { INTEGER r, INTEGER s }, SEC 1 / RFC 3279) as PIV cards return them, checked for
 * shape before anything else sees them, and verified over a digest. Stateless and thread-safe.
 */
public final class EcdsaSignatures {

    /** A P-256 r or s is at most 32 bytes, plus a 00 byte when its top bit is set. */
    private static final int MAX_INTEGER_BYTES = 33;

    private EcdsaSignatures() {
    }

    /** Throws unless {@code signature} is exactly one DER SEQUENCE of two positive INTEGERs of P-256 size. */
    public static void requireDer(byte[] signature) throws CardDataException {
        for (BerTlv part : CertificateParts.children(signature, 0x30, 2, "ECDSA signature")) {
            CertificateParts.expect(part, 0x02, "ECDSA signature integer");
            byte[] value = part.value();
            if (value.length == 0 || value.length > MAX_INTEGER_BYTES || new BigInteger(value).signum() <= 0) {
                throw new CardDataException(Problem.BAD_VALUE, "ECDSA signature: r or s out of range");
            }
        }
    }

    /**
     * Whether {@code signature} (DER) is {@code key}'s signature of exactly these digest bytes (NONEwithECDSA: the
     * digest is not hashed again), which is what a PIV card's GENERAL AUTHENTICATE produces.
     */
    public static boolean verifiesDigest(ECPublicKey key, byte[] digest, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("NONEwithECDSA");
            verifier.initVerify(key);
            verifier.update(digest);
            return verifier.verify(signature);
        } catch (SignatureException e) {
            return false; // the JDK's word for "not a signature it can decode": not this key's signature
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // SunEC provides NONEwithECDSA for P-256 keys on every Java SE runtime: a broken runtime image.
            throw new IllegalStateException("the Java runtime cannot verify ECDSA P-256 signatures", e);
        }
    }
}
