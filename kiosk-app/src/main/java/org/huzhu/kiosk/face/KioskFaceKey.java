package org.huzhu.kiosk.face;

import java.security.KeyPair;
import java.security.PrivateKey;
import org.huzhu.kiosk.identity.KioskIdentity;
import org.huzhu.protocol.crypto.DerivedKeys;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.face.FaceKey;

/**
 * This kiosk's template sealing key (ADR 0019): derived from its key store's signing key, so it needs no storage of
 * its own and is gone with the key store. HPKE X25519, or SM2 for a kiosk of the SM2 suite. Immutable.
 */
public final class KioskFaceKey {

    private final KioskIdentity identity;
    private final SealingScheme scheme;
    private final KeyPair pair;

    public KioskFaceKey(KioskIdentity identity) {
        this.identity = identity;
        this.scheme = SealingScheme.forSuite(identity.suite());
        this.pair = DerivedKeys.sealingKeyPair(identity.privateKey(), scheme, "face-templates");
    }

    /** What {@code PUT /v1/face/kiosk-key} registers. */
    public FaceKey registration() {
        return FaceKey.unsigned(scheme, pair.getPublic());
    }

    /** The recipient name templates are sealed to: this kiosk's id. */
    String recipient() {
        return identity.kioskId();
    }

    PrivateKey privateKey() {
        return pair.getPrivate();
    }
}
