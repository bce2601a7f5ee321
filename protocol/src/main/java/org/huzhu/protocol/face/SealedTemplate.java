package org.huzhu.protocol.face;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SealedBox;
import org.huzhu.protocol.crypto.SealedBoxException;
import org.huzhu.protocol.crypto.SealingScheme;

/**
 * A face template sealed to one recipient (ADR 0019, docs/protocol.md §14): the server when a counter enrols a face,
 * a kiosk when the server hands it on in the snapshot. {@code info} is {@code huzhu-face-template-1|<recipient>}
 * ({@code server} or the kiosk's id) and {@code aad} is {@code <residentId>|<modelId>}, so a box opens only for its
 * recipient and only as that resident's template of that model.
 *
 * @param scheme     a {@link SealingScheme} id
 * @param enc        base64 (empty for SM2)
 * @param ciphertext base64
 */
public record SealedTemplate(String scheme, String enc, String ciphertext) {

    /** The recipient name of the server's template key. */
    public static final String SERVER = "server";
    /** A 2048-float template sealed is under 9 KiB of base64; anything much larger is not a template. */
    static final int MAX_CIPHERTEXT_CHARS = 16 * 1024;

    public SealedTemplate {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(enc, "enc");
        Objects.requireNonNull(ciphertext, "ciphertext");
        if (SealingScheme.byId(scheme).isEmpty()) {
            throw new IllegalArgumentException("unknown sealing scheme " + scheme);
        }
        if (ciphertext.isEmpty() || ciphertext.length() > MAX_CIPHERTEXT_CHARS || enc.length() > 128) {
            throw new IllegalArgumentException("a sealed template's ciphertext is 1.." + MAX_CIPHERTEXT_CHARS
                    + " characters of base64 and its enc at most 128");
        }
        try {
            Base64.getDecoder().decode(enc);
            Base64.getDecoder().decode(ciphertext);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("enc and ciphertext must be base64", e);
        }
    }

    public static SealedTemplate seal(PublicKey recipientKey, SealingScheme scheme, String recipient, UUID residentId,
            FaceTemplate template) throws KeyMismatchException {
        SealedBox.Sealed sealed = SealedBox.seal(recipientKey, scheme, info(recipient),
                aad(residentId, template.modelId()), template.vectorBytes());
        Base64.Encoder base64 = Base64.getEncoder();
        return new SealedTemplate(scheme.id(), base64.encodeToString(sealed.enc()),
                base64.encodeToString(sealed.ciphertext()));
    }

    /**
     * Opens it as {@code residentId}'s template of {@code modelId} for {@code recipient}.
     *
     * @throws SealedBoxException another recipient's key, another resident or model, anything altered, or bytes
     *                            that are not a template
     */
    public FaceTemplate open(PrivateKey recipientKey, String recipient, UUID residentId, String modelId)
            throws SealedBoxException {
        SealingScheme sealing = SealingScheme.byId(scheme).orElseThrow();
        byte[] vector = SealedBox.open(recipientKey, sealing, Base64.getDecoder().decode(enc), info(recipient),
                aad(residentId, modelId), Base64.getDecoder().decode(ciphertext));
        try {
            return FaceTemplate.of(modelId, vector);
        } catch (IllegalArgumentException e) {
            throw new SealedBoxException("the sealed bytes are not a face template: " + e.getMessage(), e);
        }
    }

    private static byte[] info(String recipient) {
        return ("huzhu-face-template-1|" + Objects.requireNonNull(recipient)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] aad(UUID residentId, String modelId) {
        return (residentId + "|" + modelId).getBytes(StandardCharsets.UTF_8);
    }
}
