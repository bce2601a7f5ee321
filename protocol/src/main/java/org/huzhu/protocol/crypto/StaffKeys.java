package org.huzhu.protocol.crypto;

import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Staff card keys: ECDSA on NIST P-256, as PIV cards hold them (SP 800-78 algorithm 11), named by the SHA-256 of their
 * SubjectPublicKeyInfo. The card signs a SHA-256 digest it is given; verifying {@code SHA256withECDSA} over the content
 * is the same check. Stateless and thread-safe; never throws for hostile bytes.
 */
public final class StaffKeys {

    private static final AlgorithmIdentifier P256 = new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
            SECObjectIdentifiers.secp256r1);

    private StaffKeys() {
    }

    /**
     * Reads a staff card's public key from its DER SubjectPublicKeyInfo.
     *
     * @throws InvalidKeySpecException malformed, or not an EC key on P-256
     */
    public static PublicKey decode(byte[] subjectPublicKeyInfo) throws InvalidKeySpecException {
        PublicKey key;
        try {
            key = KeyFactory.getInstance("EC", SignatureSuites.provider())
                    .generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("BouncyCastle lacks EC", e);
        } catch (RuntimeException e) {
            // BouncyCastle reports some malformed encodings as unchecked exceptions; to the caller they are bad keys.
            throw new InvalidKeySpecException("not a public key: " + e.getMessage(), e);
        }
        AlgorithmIdentifier algorithm = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm();
        ASN1ObjectIdentifier curve = algorithm.getParameters() instanceof ASN1ObjectIdentifier named ? named : null;
        if (!algorithm.getAlgorithm().equals(P256.getAlgorithm()) || !P256.getParameters().equals(curve)) {
            throw new InvalidKeySpecException("a staff card key must be ECDSA on P-256 (secp256r1)");
        }
        return key;
    }

    /** The key's name in authorisations and the staff registry: hex SHA-256 of its SubjectPublicKeyInfo. */
    public static String fingerprint(PublicKey key) {
        return HexFormat.of().formatHex(digest(key.getEncoded()));
    }

    /** What a staff card is given to sign for {@code content}: its SHA-256 digest (the card signs a digest). */
    public static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** Whether {@code signature} (DER r, s) is the key's ECDSA signature over SHA-256 of {@code content}. */
    public static boolean verify(PublicKey key, byte[] content, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSA", SignatureSuites.provider());
            verifier.initVerify(key);
            verifier.update(content);
            return verifier.verify(signature);
        } catch (InvalidKeyException | SignatureException | RuntimeException e) {
            return false; // malformed signature bytes or a key of another kind: simply not a valid signature
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("BouncyCastle cannot SHA256withECDSA", e);
        }
    }
}
