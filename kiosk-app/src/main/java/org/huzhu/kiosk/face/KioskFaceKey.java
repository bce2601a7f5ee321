package org.huzhu.kiosk.face;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.function.Supplier;
import org.huzhu.kiosk.identity.KioskIdentity;
import org.huzhu.protocol.crypto.DerivedKeys;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.face.FaceKey;

/**
 * This kiosk's template sealing key (ADR 0019): derived from its key store's signing key, so it needs no storage of
 * its own and is gone with the key store. HPKE X25519, or SM2 for a kiosk of the SM2 suite. Derived when first used,
 * so it can be made at start-up while the key store still loads (fast start, ADR 0020). Thread-safe.
 */
public final class KioskFaceKey {

    /** The key pair and what it belongs to, derived once. */
    private record Derived(KioskIdentity identity, SealingScheme scheme, KeyPair pair) {
    }

    private final Supplier<KioskIdentity> identity;
    private Derived derived; // guarded by this

    public KioskFaceKey(KioskIdentity identity) {
        this(() -> identity);
    }

    /** The key of the identity {@code identity} supplies (it may wait for the key store) when first used. */
    public KioskFaceKey(Supplier<KioskIdentity> identity) {
        this.identity = identity;
    }

    private synchronized Derived derived() {
        if (derived == null) {
            KioskIdentity signer = identity.get();
            SealingScheme scheme = SealingScheme.forSuite(signer.suite());
            derived = new Derived(signer, scheme,
                    DerivedKeys.sealingKeyPair(signer.privateKey(), scheme, "face-templates"));
        }
        return derived;
    }

    /** What {@code PUT /v1/face/kiosk-key} registers. */
    public FaceKey registration() {
        Derived key = derived();
        return FaceKey.unsigned(key.scheme(), key.pair().getPublic());
    }

    /** The recipient name templates are sealed to: this kiosk's id. */
    String recipient() {
        return derived().identity().kioskId();
    }

    PrivateKey privateKey() {
        return derived().pair().getPrivate();
    }
}
