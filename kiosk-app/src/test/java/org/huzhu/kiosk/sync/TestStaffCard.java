package org.huzhu.kiosk.sync;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import org.huzhu.kiosk.journal.StaffAuthoriser;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.Authorisation;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.crypto.StaffKeys;
import org.huzhu.server.app.HuzhuServer;
import org.huzhu.server.app.ServerSettings;
import org.huzhu.server.staff.StaffRegistry;
import org.huzhu.server.staff.StaffRegistryException;

/**
 * A social worker's staff card for kiosk tests: a P-256 key signing as a PIV card does, which {@link TestServers}
 * registers on every server it starts. One per test JVM.
 */
public final class TestStaffCard implements StaffAuthoriser {

    public static final TestStaffCard SOCIAL_WORKER = new TestStaffCard();

    private final KeyPair keys;

    private TestStaffCard() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The card's holder, signed in with card and PIN. */
    public Actor actor() {
        return new Actor(StaffKeys.fingerprint(keys.getPublic()), SignInMethod.STAFF_CARD_PIN);
    }

    @Override
    public Authorisation authorise(byte[] authorisedContent) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(authorisedContent);
            return new Authorisation(Authorisation.ECDSA_P256_SHA256, StaffKeys.fingerprint(keys.getPublic()),
                    HexFormat.of().formatHex(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers the holder on {@code server} (from the epoch, so every test clock is after it) unless known. */
    void registerOn(HuzhuServer server) throws Exception {
        server.database().inTransaction(connection -> {
            if (StaffRegistry.byKey(connection, StaffKeys.fingerprint(keys.getPublic())).isPresent()) {
                return null;
            }
            try {
                return StaffRegistry.add(connection, "测试社工", Set.of(StaffRole.SOCIAL_WORKER),
                        ServerSettings.DEFAULT_COMMUNITY, keys.getPublic(), new byte[0], Instant.EPOCH, "test");
            } catch (StaffRegistryException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
