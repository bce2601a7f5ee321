package org.huzhu.protocol.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECPrivateKeySpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Keys derived from a party's signing key for one purpose each (HKDF-SHA256 over the key's PKCS#8 encoding, the
 * purpose as HKDF's info), so a kiosk or the server gains an encryption key without a second secret to store, back
 * up or lose: whoever can open the key store has both, and nobody else has either. Different purposes give unrelated
 * keys; the same key and purpose always give the same key. Replacing the signing key replaces every derived key.
 * Stateless and thread-safe.
 */
public final class DerivedKeys {

    private static final ECNamedCurveParameterSpec SM2_CURVE = ECNamedCurveTable.getParameterSpec("sm2p256v1");

    private DerivedKeys() {
    }

    /** A key pair of {@code scheme} for sealing messages to the holder of {@code signingKey}. */
    public static KeyPair sealingKeyPair(PrivateKey signingKey, SealingScheme scheme, String purpose) {
        byte[] seed = expand(signingKey, "sealing:" + scheme.id() + ":" + purpose, 48);
        try {
            return switch (scheme) {
                case HPKE_X25519_SHA256_AES128GCM -> x25519(Arrays.copyOf(seed, 32));
                case SM2_C1C3C2 -> sm2(seed);
            };
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /** A 256-bit AES key for data at rest that only the holder of {@code signingKey} can read. */
    public static SecretKey aesKey(PrivateKey signingKey, String purpose) {
        byte[] bytes = expand(signingKey, "aes-256:" + purpose, 32);
        try {
            return new SecretKeySpec(bytes, "AES");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static byte[] expand(PrivateKey signingKey, String purpose, int length) {
        Objects.requireNonNull(purpose, "purpose");
        byte[] secret = Objects.requireNonNull(signingKey.getEncoded(), "the signing key cannot be exported");
        try {
            HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
            hkdf.init(new HKDFParameters(secret, "huzhu derived keys v1".getBytes(StandardCharsets.US_ASCII),
                    purpose.getBytes(StandardCharsets.UTF_8)));
            byte[] out = new byte[length];
            hkdf.generateBytes(out, 0, length);
            return out;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static KeyPair x25519(byte[] raw) {
        X25519PrivateKeyParameters key = new X25519PrivateKeyParameters(raw);
        try {
            KeyFactory factory = KeyFactory.getInstance("X25519", JcaSuite.BOUNCY_CASTLE);
            return new KeyPair(
                    factory.generatePublic(new X509EncodedKeySpec(SubjectPublicKeyInfoFactory
                            .createSubjectPublicKeyInfo(key.generatePublicKey()).getEncoded())),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(PrivateKeyInfoFactory
                            .createPrivateKeyInfo(key).getEncoded())));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("BouncyCastle could not build an X25519 key", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** 48 bytes reduced into [1, n-1]: the bias is below 2^-128. */
    private static KeyPair sm2(byte[] seed) {
        BigInteger n = SM2_CURVE.getN();
        BigInteger d = new BigInteger(1, seed).mod(n.subtract(BigInteger.ONE)).add(BigInteger.ONE);
        ECPoint q = SM2_CURVE.getG().multiply(d).normalize();
        try {
            KeyFactory factory = KeyFactory.getInstance("EC", JcaSuite.BOUNCY_CASTLE);
            return new KeyPair(factory.generatePublic(new ECPublicKeySpec(q, SM2_CURVE)),
                    factory.generatePrivate(new ECPrivateKeySpec(d, SM2_CURVE)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BouncyCastle could not build an SM2 key", e);
        }
    }
}
