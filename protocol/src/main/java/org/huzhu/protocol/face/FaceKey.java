package org.huzhu.protocol.face;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.Objects;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.crypto.SignatureSuite;

/**
 * A template sealing key (docs/protocol.md §14): the server's, published signed by its receipt key so that a counter
 * that pinned that key seals only to the real server ({@code GET /v1/face/server-key}); or a kiosk's, registered
 * with a signed request ({@code PUT /v1/face/kiosk-key}, {@code signature} empty).
 *
 * @param scheme    a {@link SealingScheme} id
 * @param publicKey standard base64 of the key's X.509 SubjectPublicKeyInfo
 * @param signature the server's: standard base64 of its signature over {@link #signingBytes}; empty for a kiosk's
 */
public record FaceKey(String scheme, String publicKey, String signature) {

    public FaceKey {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(signature, "signature");
    }

    /** The server's key, signed with its receipt key. */
    public static FaceKey signedByServer(SealingScheme scheme, PublicKey key, SignatureSuite suite,
            PrivateKey serverKey) throws KeyMismatchException {
        String encoded = Base64.getEncoder().encodeToString(key.getEncoded());
        byte[] signature = suite.sign(serverKey, signingBytes(scheme.id(), encoded));
        return new FaceKey(scheme.id(), encoded, Base64.getEncoder().encodeToString(signature));
    }

    /** A kiosk's key, for registration. */
    public static FaceKey unsigned(SealingScheme scheme, PublicKey key) {
        return new FaceKey(scheme.id(), Base64.getEncoder().encodeToString(key.getEncoded()), "");
    }

    /**
     * The key, checked as a key of its scheme.
     *
     * @throws InvalidKeySpecException an unknown scheme, bad base64, or not a key of the scheme
     */
    public PublicKey decode() throws InvalidKeySpecException {
        SealingScheme sealing = sealingScheme();
        try {
            return sealing.decodePublicKey(Base64.getDecoder().decode(publicKey));
        } catch (IllegalArgumentException e) {
            throw new InvalidKeySpecException("publicKey is not base64", e);
        }
    }

    /** @throws InvalidKeySpecException an unknown scheme */
    public SealingScheme sealingScheme() throws InvalidKeySpecException {
        return SealingScheme.byId(scheme).orElseThrow(() -> new InvalidKeySpecException("unknown scheme " + scheme));
    }

    /** Whether the server's receipt key {@code serverKey} signed this key. */
    public boolean signedBy(SignatureSuite suite, PublicKey serverKey) {
        try {
            return suite.verify(serverKey, signingBytes(scheme, publicKey), Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static byte[] signingBytes(String scheme, String publicKey) {
        return ("huzhu-face-key-1|" + scheme + "|" + publicKey).getBytes(StandardCharsets.UTF_8);
    }
}
