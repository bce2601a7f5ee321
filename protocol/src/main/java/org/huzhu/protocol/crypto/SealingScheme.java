package org.huzhu.protocol.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The public-key encryption an institution registers its encryption key for (docs/protocol.md §12.3): HPKE
 * (RFC 9180) with an X25519 key by default, or SM2 public-key encryption (GB/T 32918.4) with an SM2 key in an SM
 * deployment. Keys travel as X.509 SubjectPublicKeyInfo, as signing keys do.
 */
public enum SealingScheme {

    /** HPKE base mode: DHKEM(X25519, HKDF-SHA256) 0x0020, HKDF-SHA256 0x0001, AES-128-GCM 0x0001. */
    HPKE_X25519_SHA256_AES128GCM("hpke-x25519-sha256-aes128gcm"),
    /** SM2 encryption on sm2p256v1, ciphertext in the order C1 ‖ C3 ‖ C2 (the standard's current order). */
    SM2_C1C3C2("sm2-c1c3c2");

    private static final AlgorithmIdentifier X25519 = new AlgorithmIdentifier(EdECObjectIdentifiers.id_X25519);

    private final String id;

    SealingScheme(String id) {
        this.id = id;
    }

    /** The name in registrations and sealed messages, e.g. {@code hpke-x25519-sha256-aes128gcm}. */
    public String id() {
        return id;
    }

    /** The scheme a party of {@code suite} seals with: SM2 beside SM2 signatures, else HPKE X25519. */
    public static SealingScheme forSuite(SignatureSuite suite) {
        return suite == SignatureSuites.SM2_SM3 ? SM2_C1C3C2 : HPKE_X25519_SHA256_AES128GCM;
    }

    public static Optional<SealingScheme> byId(String id) {
        return Arrays.stream(values()).filter(scheme -> scheme.id.equals(id)).findFirst();
    }

    /**
     * Reads an encryption key of this scheme from its SubjectPublicKeyInfo.
     *
     * @throws InvalidKeySpecException malformed, or a key of another algorithm or curve
     */
    public PublicKey decodePublicKey(byte[] encoded) throws InvalidKeySpecException {
        if (this == SM2_C1C3C2) {
            return SignatureSuites.SM2_SM3.decodePublicKey(encoded); // the same keys: EC on sm2p256v1 only
        }
        JcaSuite.requireSubjectPublicKeyInfo(encoded);
        if (!SubjectPublicKeyInfo.getInstance(encoded).getAlgorithm().equals(X25519)) {
            throw new InvalidKeySpecException("not an X25519 key");
        }
        try {
            return KeyFactory.getInstance("X25519", JcaSuite.BOUNCY_CASTLE)
                    .generatePublic(new X509EncodedKeySpec(encoded));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("BouncyCastle lacks X25519", e);
        } catch (RuntimeException e) {
            throw new InvalidKeySpecException("not a valid X25519 public key: " + e.getMessage(), e);
        }
    }

    /** A fresh key pair of this scheme (for institutions' tools and tests; the server never holds one). */
    public KeyPair generateKeyPair() {
        if (this == SM2_C1C3C2) {
            return SignatureSuites.SM2_SM3.generateKeyPair();
        }
        try {
            return KeyPairGenerator.getInstance("X25519", JcaSuite.BOUNCY_CASTLE).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw JcaSuite.missing(e);
        }
    }
}
