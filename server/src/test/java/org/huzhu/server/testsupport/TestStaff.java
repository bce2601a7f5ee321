package org.huzhu.server.testsupport;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.huzhu.protocol.Authorisation;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.crypto.StaffKeys;
import org.huzhu.server.app.ServerSettings;
import org.huzhu.server.staff.StaffMember;
import org.huzhu.server.staff.StaffRegistry;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/** A staff card for server tests: a P-256 key that signs authorisations as a PIV card does (ECDSA over SHA-256). */
public final class TestStaff {

    private final KeyPair keys;

    public TestStaff() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String fingerprint() {
        return StaffKeys.fingerprint(keys.getPublic());
    }

    public KeyPair keys() {
        return keys;
    }

    /** The card's signature over {@code content} (a transaction's authorised content). */
    public Authorisation authorise(byte[] content) {
        return Authorisation.ofCardSignature(fingerprint(), sign(content));
    }

    /** The card's DER ECDSA signature over SHA-256 of {@code content}, as a PIV card makes it of the digest. */
    public byte[] sign(byte[] content) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(content);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers this card's holder as a hospital's reception-desk staff, as {@code staff add --hospital} would. */
    public StaffMember registerAtHospital(Database database, String name, String hospitalId, Instant at)
            throws StorageException {
        return database.inTransaction(connection -> {
            try {
                return StaffRegistry.add(connection, name, Set.of(StaffRole.HOSPITAL_DESK),
                        ServerSettings.DEFAULT_COMMUNITY, keys.getPublic(), new byte[0], Optional.of(hospitalId), at,
                        "test");
            } catch (org.huzhu.server.staff.StaffRegistryException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Registers this card's holder as an operator's {@code staff add} would. */
    public StaffMember register(Database database, String name, Set<StaffRole> roles, String community, Instant at)
            throws StorageException {
        return register(database, name, roles, community, java.util.Optional.empty(), at);
    }

    /** As {@link #register}, with the hospital a hospital-desk staff member works for ({@code --hospital}). */
    public StaffMember register(Database database, String name, Set<StaffRole> roles, String community,
            java.util.Optional<String> hospitalId, Instant at) throws StorageException {
        return database.inTransaction(connection -> {
            try {
                return StaffRegistry.add(connection, name, roles, community, keys.getPublic(), new byte[0],
                        hospitalId, at, "test");
            } catch (org.huzhu.server.staff.StaffRegistryException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
