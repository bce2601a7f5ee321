package org.huzhu.protocol.crypto;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The JCA plumbing both suites share, through our own BouncyCastle provider instance (not registered); only SHA-256
 * comes from the JDK (ADR 0010).
 */
abstract class JcaSuite {

    static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private final String signatureAlgorithm;
    private final String digestAlgorithm;
    private final String keyAlgorithm;
    private final String signatureOid;
    private final AlgorithmIdentifier keyIdentifier;

    /**
     * @param keyIdentifier the SubjectPublicKeyInfo algorithm (with its curve, if any) of the suite's public keys
     */
    JcaSuite(String signatureAlgorithm, String signatureOid, String digestAlgorithm, String keyAlgorithm,
            AlgorithmIdentifier keyIdentifier) {
        this.signatureAlgorithm = signatureAlgorithm;
        this.signatureOid = signatureOid;
        this.digestAlgorithm = digestAlgorithm;
        this.keyAlgorithm = keyAlgorithm;
        this.keyIdentifier = keyIdentifier;
    }

    public byte[] hash(byte[] data) {
        try {
            return newDigest(digestAlgorithm).digest(data);
        } catch (NoSuchAlgorithmException | NoSuchProviderException e) {
            throw new IllegalStateException("no provider of " + digestAlgorithm, e);
        }
    }

    /** BouncyCastle's digest by default; a suite overrides this where the JDK's computes the same bytes faster. */
    MessageDigest newDigest(String algorithm) throws NoSuchAlgorithmException, NoSuchProviderException {
        return MessageDigest.getInstance(algorithm, BOUNCY_CASTLE);
    }

    public byte[] sign(PrivateKey key, byte[] data) throws KeyMismatchException {
        try {
            Signature signature = Signature.getInstance(signatureAlgorithm, BOUNCY_CASTLE);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (InvalidKeyException e) {
            throw new KeyMismatchException(signatureAlgorithm + " cannot sign with a " + key.getAlgorithm() + " key", e);
        } catch (NoSuchAlgorithmException | SignatureException e) {
            throw new IllegalStateException("BouncyCastle cannot " + signatureAlgorithm, e);
        }
    }

    public boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(signatureAlgorithm, BOUNCY_CASTLE);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (InvalidKeyException | SignatureException e) {
            return false; // a wrong key type or malformed signature bytes: simply not a valid signature
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("BouncyCastle cannot " + signatureAlgorithm, e);
        }
    }

    public PublicKey decodePublicKey(byte[] encoded) throws InvalidKeySpecException {
        requireSubjectPublicKeyInfo(encoded);
        PublicKey key;
        try {
            key = KeyFactory.getInstance(keyAlgorithm, BOUNCY_CASTLE).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("BouncyCastle lacks " + keyAlgorithm, e);
        } catch (IllegalArgumentException e) {
            // BouncyCastle's key factories report a point off the curve this way, not as a key spec failure.
            throw new InvalidKeySpecException("not a valid " + keyAlgorithm + " public key: " + e.getMessage(), e);
        }
        // The EC key factory takes a key on any curve, and SM3withSM2 then signs and verifies with a NIST P-256 key
        // too: only the algorithm identifier says whose key it is. Checked on the key as decoded, whose encoding is
        // the one kiosk ids are derived from.
        AlgorithmIdentifier algorithm = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm();
        if (!algorithm.equals(keyIdentifier)) {
            throw new InvalidKeySpecException("not a key of this suite: algorithm " + algorithm.getAlgorithm()
                    + (algorithm.getParameters() == null ? "" : " with parameters " + algorithm.getParameters()));
        }
        return key;
    }

    /**
     * Hostile bytes must fail as a key spec failure: BouncyCastle's key factories index into the encoding before they
     * parse it and throw runtime exceptions on short or malformed input, so the structure is checked first.
     */
    static void requireSubjectPublicKeyInfo(byte[] encoded) throws InvalidKeySpecException {
        if (encoded == null || encoded.length == 0) {
            throw new InvalidKeySpecException("no public key");
        }
        try {
            // fromByteArray reads exactly one object and refuses trailing bytes; getInstance checks its shape.
            SubjectPublicKeyInfo.getInstance(ASN1Primitive.fromByteArray(encoded));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidKeySpecException("not a DER SubjectPublicKeyInfo: " + e.getMessage(), e);
        }
    }

    public String jcaSignatureAlgorithm() {
        return signatureAlgorithm;
    }

    public String signatureAlgorithmOid() {
        return signatureOid;
    }

    static IllegalStateException missing(GeneralSecurityException e) {
        return new IllegalStateException("BouncyCastle cannot generate keys", e);
    }
}
