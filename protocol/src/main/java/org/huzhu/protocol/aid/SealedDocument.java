package org.huzhu.protocol.aid;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SealedBox;
import org.huzhu.protocol.crypto.SealedBoxException;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.sync.KeyIds;

/**
 * A supporting document of an aid application, sealed by the counter to the charity's encryption key
 * (docs/protocol.md §12.5): the server stores and hands it on, and cannot read it. {@code info} is
 * {@code huzhu-document-1|<charityId>|<sha256>} and {@code aad} the application id, so a box cannot pass for another
 * document, another application's or another charity's; the charity checks the opened bytes against {@code sha256},
 * the hash the signed {@code aid.applied} names.
 *
 * @param enc        base64 (empty for SM2)
 * @param ciphertext base64
 */
public record SealedDocument(UUID applicationId, String charityId, String sha256, String scheme, String enc,
        String ciphertext) {

    public SealedDocument {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(charityId, "charityId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(enc, "enc");
        Objects.requireNonNull(ciphertext, "ciphertext");
    }

    /** Seals {@code bytes} to the charity as the counter does. */
    public static SealedDocument seal(AidInstitution charity, UUID applicationId, byte[] bytes)
            throws KeyMismatchException {
        SealingScheme scheme = SealingScheme.byId(charity.encryptionScheme()).orElseThrow(() ->
                new KeyMismatchException("unknown sealing scheme " + charity.encryptionScheme(), null));
        PublicKey key;
        try {
            key = scheme.decodePublicKey(Base64.getDecoder().decode(charity.encryptionKey()));
        } catch (InvalidKeySpecException | IllegalArgumentException e) {
            throw new KeyMismatchException("the charity's encryption key is not a " + scheme.id() + " key", e);
        }
        String sha256 = KeyIds.sha256Hex(bytes);
        SealedBox.Sealed sealed = SealedBox.seal(key, scheme, info(charity.institutionId(), sha256),
                aad(applicationId), bytes);
        Base64.Encoder base64 = Base64.getEncoder();
        return new SealedDocument(applicationId, charity.institutionId(), sha256, scheme.id(),
                base64.encodeToString(sealed.enc()), base64.encodeToString(sealed.ciphertext()));
    }

    /**
     * Opens it with the charity's private key and checks the bytes are the document the application named.
     *
     * @throws SealedBoxException another key, anything altered, or bytes whose hash is not {@code sha256}
     */
    public byte[] open(PrivateKey charityKey) throws SealedBoxException {
        SealingScheme sealing = SealingScheme.byId(scheme).orElseThrow(() ->
                new SealedBoxException("unknown sealing scheme " + scheme));
        byte[] bytes;
        try {
            bytes = SealedBox.open(charityKey, sealing, Base64.getDecoder().decode(enc), info(charityId, sha256),
                    aad(applicationId), Base64.getDecoder().decode(ciphertext));
        } catch (IllegalArgumentException e) {
            throw new SealedBoxException("enc or ciphertext is not base64");
        }
        if (!KeyIds.sha256Hex(bytes).equals(sha256)) {
            throw new SealedBoxException("the document is not the one the application names");
        }
        return bytes;
    }

    private static byte[] info(String charityId, String sha256) {
        return ("huzhu-document-1|" + charityId + "|" + sha256).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] aad(UUID applicationId) {
        return applicationId.toString().getBytes(StandardCharsets.UTF_8);
    }
}
