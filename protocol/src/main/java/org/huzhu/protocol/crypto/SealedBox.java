package org.huzhu.protocol.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;

/**
 * Public-key encryption to one recipient, bound to a context ({@code info}) and associated data ({@code aad}) that
 * must be given again to open it (docs/protocol.md §12.3). All the cryptography is BouncyCastle's:
 * {@link SealingScheme#HPKE_X25519_SHA256_AES128GCM} is RFC 9180 base mode (single-shot seal, sequence 0), with the
 * recipient's JDK-style X25519 SubjectPublicKeyInfo / PKCS#8 keys converted to BouncyCastle's raw 32-byte form;
 * {@link SealingScheme#SM2_C1C3C2} is BouncyCastle's {@code SM2Engine}. SM2 encryption has no associated data, so
 * {@code info} and {@code aad} are sealed inside it, each with its length, and compared on opening; its {@code enc}
 * is empty (the ephemeral point C1 is part of the ciphertext). Stateless and thread-safe; never throws an unchecked
 * exception for hostile bytes.
 */
public final class SealedBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int X25519_BYTES = 32;
    /** C1 (an uncompressed point on a 256-bit curve) and C3 (an SM3 hash): what every SM2 ciphertext carries. */
    private static final int SM2_OVERHEAD = 65 + 32;

    private SealedBox() {
    }

    /**
     * What sealing produces: the encapsulated key (HPKE's {@code enc}; empty for SM2) and the ciphertext.
     */
    public record Sealed(byte[] enc, byte[] ciphertext) {
        public Sealed {
            enc = enc.clone();
            ciphertext = ciphertext.clone();
        }

        @Override
        public byte[] enc() {
            return enc.clone();
        }

        @Override
        public byte[] ciphertext() {
            return ciphertext.clone();
        }
    }

    /**
     * Seals {@code plaintext} so that only the holder of the private key of {@code recipient} can open it, and only
     * with the same {@code info} and {@code aad}.
     *
     * @throws KeyMismatchException {@code recipient} is not a key of {@code scheme}
     */
    public static Sealed seal(PublicKey recipient, SealingScheme scheme, byte[] info, byte[] aad, byte[] plaintext)
            throws KeyMismatchException {
        Objects.requireNonNull(plaintext, "plaintext");
        return switch (scheme) {
            case HPKE_X25519_SHA256_AES128GCM -> sealHpke(recipient, info, aad, plaintext, null);
            case SM2_C1C3C2 -> sealSm2(recipient, info, aad, plaintext);
        };
    }

    /**
     * Opens a box sealed by {@link #seal} to the public half of {@code key}.
     *
     * @throws SealedBoxException another recipient's key, a key of another scheme, or anything altered
     */
    public static byte[] open(PrivateKey key, SealingScheme scheme, byte[] enc, byte[] info, byte[] aad,
            byte[] ciphertext) throws SealedBoxException {
        return switch (scheme) {
            case HPKE_X25519_SHA256_AES128GCM -> openHpke(key, enc, info, aad, ciphertext);
            case SM2_C1C3C2 -> openSm2(key, enc, info, aad, ciphertext);
        };
    }

    /** HPKE's seal; {@code ephemeral} is null except in the RFC 9180 test-vector test, which must fix it. */
    static Sealed sealHpke(PublicKey recipient, byte[] info, byte[] aad, byte[] plaintext,
            AsymmetricCipherKeyPair ephemeral) throws KeyMismatchException {
        X25519PublicKeyParameters pkR = new X25519PublicKeyParameters(rawX25519Public(recipient));
        HPKE hpke = hpke();
        HPKEContextWithEncapsulation context = ephemeral == null ? hpke.setupBaseS(pkR, info)
                : hpke.setupBaseS(pkR, info, ephemeral);
        try {
            return new Sealed(context.getEncapsulation(), context.seal(aad, plaintext));
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("AES-GCM refused to encrypt", e);
        }
    }

    private static byte[] openHpke(PrivateKey key, byte[] enc, byte[] info, byte[] aad, byte[] ciphertext)
            throws SealedBoxException {
        if (enc.length != X25519_BYTES) {
            throw new SealedBoxException("an HPKE X25519 encapsulated key is " + X25519_BYTES + " bytes");
        }
        X25519PrivateKeyParameters skR = new X25519PrivateKeyParameters(rawX25519Private(key));
        try {
            return hpke().setupBaseR(enc, new AsymmetricCipherKeyPair(skR.generatePublicKey(), skR), info)
                    .open(aad, ciphertext);
        } catch (InvalidCipherTextException | IllegalArgumentException | IllegalStateException e) {
            // IllegalState: an encapsulated key of low order, whose shared secret BouncyCastle refuses to use.
            throw new SealedBoxException("the sealed box does not open with this key", e);
        }
    }

    private static Sealed sealSm2(PublicKey recipient, byte[] info, byte[] aad, byte[] plaintext)
            throws KeyMismatchException {
        try {
            SignatureSuites.SM2_SM3.decodePublicKey(recipient.getEncoded());
            SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
            engine.init(true, new ParametersWithRandom(ECUtil.generatePublicKeyParameter(recipient), RANDOM));
            byte[] framed = frame(info, aad, plaintext);
            return new Sealed(new byte[0], engine.processBlock(framed, 0, framed.length));
        } catch (InvalidKeySpecException | InvalidKeyException e) {
            throw new KeyMismatchException("not an SM2 encryption key (EC on sm2p256v1)", e);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM2 refused to encrypt", e);
        }
    }

    private static byte[] openSm2(PrivateKey key, byte[] enc, byte[] info, byte[] aad, byte[] ciphertext)
            throws SealedBoxException {
        if (enc.length != 0 || ciphertext.length < SM2_OVERHEAD + 2 * Integer.BYTES) {
            throw new SealedBoxException("not an SM2 sealed box: enc is empty, the ciphertext at least "
                    + (SM2_OVERHEAD + 2 * Integer.BYTES) + " bytes");
        }
        byte[] framed;
        try {
            SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
            engine.init(false, ECUtil.generatePrivateKeyParameter(key));
            framed = engine.processBlock(ciphertext, 0, ciphertext.length);
        } catch (InvalidKeyException e) {
            throw new SealedBoxException("not an SM2 private key", e);
        } catch (InvalidCipherTextException | IllegalArgumentException | IllegalStateException e) {
            // IllegalArgument: C1 is not a point on the curve.
            throw new SealedBoxException("the sealed box does not open with this key", e);
        }
        return unframe(framed, info, aad);
    }

    /** {@code len(info) ‖ info ‖ len(aad) ‖ aad ‖ plaintext}, lengths as 4-byte big-endian integers. */
    private static byte[] frame(byte[] info, byte[] aad, byte[] plaintext) {
        return ByteBuffer.allocate(2 * Integer.BYTES + info.length + aad.length + plaintext.length)
                .putInt(info.length).put(info).putInt(aad.length).put(aad).put(plaintext).array();
    }

    private static byte[] unframe(byte[] framed, byte[] info, byte[] aad) throws SealedBoxException {
        ByteBuffer buffer = ByteBuffer.wrap(framed);
        byte[] sealedInfo = part(buffer);
        byte[] sealedAad = part(buffer);
        if (!MessageDigest.isEqual(sealedInfo, info) || !MessageDigest.isEqual(sealedAad, aad)) {
            throw new SealedBoxException("the sealed box was sealed for another context");
        }
        return Arrays.copyOfRange(framed, buffer.position(), framed.length);
    }

    private static byte[] part(ByteBuffer buffer) throws SealedBoxException {
        int length = buffer.remaining() >= Integer.BYTES ? buffer.getInt() : -1;
        if (length < 0 || length > buffer.remaining()) {
            throw new SealedBoxException("the sealed box's framing is broken");
        }
        byte[] part = new byte[length];
        buffer.get(part);
        return part;
    }

    private static HPKE hpke() {
        return new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM128);
    }

    private static byte[] rawX25519Public(PublicKey key) throws KeyMismatchException {
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
        byte[] raw = info.getPublicKeyData().getOctets();
        if (!EdECObjectIdentifiers.id_X25519.equals(info.getAlgorithm().getAlgorithm()) || raw.length != X25519_BYTES) {
            throw new KeyMismatchException("not an X25519 encryption key", null);
        }
        return raw;
    }

    private static byte[] rawX25519Private(PrivateKey key) throws SealedBoxException {
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new SealedBoxException("the private key cannot be exported for X25519 (a hardware key?)");
        }
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(encoded);
            byte[] raw = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
            if (EdECObjectIdentifiers.id_X25519.equals(info.getPrivateKeyAlgorithm().getAlgorithm())
                    && raw.length == X25519_BYTES) {
                return raw;
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new SealedBoxException("not an X25519 private key", e);
        }
        throw new SealedBoxException("not an X25519 private key");
    }
}
