package org.huzhu.protocol.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for data at rest: {@code nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes)}, a fresh random nonce each
 * time, the associated data binding the box to what it belongs to (a resident, a model), so a box moved to another
 * row does not open. Stateless and thread-safe.
 */
public final class AesGcmBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private AesGcmBox() {
    }

    public static byte[] seal(SecretKey key, byte[] aad, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(Objects.requireNonNull(aad, "aad"));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused to encrypt", e);
        }
    }

    /** @throws SealedBoxException another key, other associated data, or any byte altered */
    public static byte[] open(SecretKey key, byte[] aad, byte[] box) throws SealedBoxException {
        if (box.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SealedBoxException("an AES-GCM box is at least " + (NONCE_BYTES + TAG_BITS / 8) + " bytes");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, box, 0, NONCE_BYTES));
            cipher.updateAAD(Objects.requireNonNull(aad, "aad"));
            return cipher.doFinal(box, NONCE_BYTES, box.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new SealedBoxException("the box does not open with this key and associated data", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused to decrypt", e);
        }
    }
}
