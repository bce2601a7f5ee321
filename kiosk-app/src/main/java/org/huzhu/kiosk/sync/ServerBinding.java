package org.huzhu.kiosk.sync;

import java.net.URI;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.ServerKey;

/**
 * The server this kiosk is enrolled with and the key that signs its receipts, kept in the kiosk database.
 *
 * @param lastSuccess when the server last answered a batch, for the "last synced" display
 */
public record ServerBinding(URI url, ServerKey serverKey, Optional<Instant> lastSuccess) {

    /** The receipt-signing key, decoded. */
    public PublicKey receiptKey() throws SyncException {
        try {
            return SignatureSuites.byId(serverKey.suite())
                    .orElseThrow(() -> new SyncException(SyncProblem.NEEDS_STAFF,
                            "the server's key uses an unknown suite " + serverKey.suite(), null))
                    .decodePublicKey(Base64.getDecoder().decode(serverKey.publicKey()));
        } catch (InvalidKeySpecException | IllegalArgumentException e) {
            throw new SyncException(SyncProblem.NEEDS_STAFF, "the stored server key cannot be read", e);
        }
    }

    static void save(Database database, URI url, ServerKey key, Instant now) throws StorageException {
        database.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO server_binding (id, url, key_id, suite, public_key, enrolled_at) VALUES (1, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET url = excluded.url, key_id = excluded.key_id, suite = excluded.suite,
                        public_key = excluded.public_key, enrolled_at = excluded.enrolled_at, last_success_at = NULL""")) {
                upsert.setString(1, url.toString());
                upsert.setString(2, key.keyId());
                upsert.setString(3, key.suite());
                upsert.setString(4, key.publicKey());
                upsert.setString(5, now.toString());
                return upsert.executeUpdate();
            }
        });
    }

    public static Optional<ServerBinding> load(Database database) throws StorageException {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT url, key_id, suite, public_key, last_success_at FROM server_binding WHERE id = 1");
                    ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ServerBinding(URI.create(row.getString(1)),
                        new ServerKey(row.getString(2), row.getString(3), row.getString(4)),
                        Optional.ofNullable(row.getString(5)).map(Instant::parse)));
            }
        });
    }

    static void recordSuccess(Database database, Instant now) throws StorageException {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE server_binding SET last_success_at = ? WHERE id = 1")) {
                update.setString(1, now.toString());
                return update.executeUpdate();
            }
        });
    }
}
