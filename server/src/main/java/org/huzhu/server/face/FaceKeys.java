package org.huzhu.server.face;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.huzhu.protocol.crypto.AesGcmBox;
import org.huzhu.protocol.crypto.DerivedKeys;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SealedBoxException;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.face.FaceKey;
import org.huzhu.protocol.face.FaceTemplate;
import org.huzhu.protocol.face.SealedTemplate;
import org.huzhu.server.identity.ServerIdentity;

/**
 * The server's face-template keys (ADR 0019), derived from its key store's receipt key: the sealing pair counters
 * seal enrolled templates to (HPKE X25519, or SM2 in an SM2 deployment), and the AES key templates rest under.
 * Nothing else holds them, and nothing of them is stored. Immutable, thread-safe.
 */
public final class FaceKeys {

    private final KeyPair sealing;
    private final SecretKey atRest;
    private final FaceKey published;

    public FaceKeys(ServerIdentity identity) {
        SealingScheme scheme = SealingScheme.forSuite(identity.suite());
        this.sealing = DerivedKeys.sealingKeyPair(identity.privateKey(), scheme, "face-templates");
        this.atRest = DerivedKeys.aesKey(identity.privateKey(), "face-templates-at-rest");
        try {
            this.published = FaceKey.signedByServer(scheme, sealing.getPublic(), identity.suite(),
                    identity.privateKey());
        } catch (KeyMismatchException e) {
            throw new IllegalStateException("the key store pairs the receipt key with its own suite", e);
        }
    }

    /** What {@code GET /v1/face/server-key} publishes. */
    public FaceKey published() {
        return published;
    }

    /** Opens a template a counter sealed to the server. */
    FaceTemplate openEnrolled(SealedTemplate sealed, UUID residentId, String modelId) throws SealedBoxException {
        return sealed.open(sealing.getPrivate(), SealedTemplate.SERVER, residentId, modelId);
    }

    /** The template as it rests in the database. */
    byte[] seal(FaceTemplate template, UUID residentId) {
        return AesGcmBox.seal(atRest, aad(residentId, template.modelId()), template.vectorBytes());
    }

    /** A template back from the database. */
    FaceTemplate open(byte[] box, UUID residentId, String modelId) throws SealedBoxException {
        return FaceTemplate.of(modelId, AesGcmBox.open(atRest, aad(residentId, modelId), box));
    }

    private static byte[] aad(UUID residentId, String modelId) {
        return (residentId + "|" + modelId).getBytes(StandardCharsets.UTF_8);
    }
}
