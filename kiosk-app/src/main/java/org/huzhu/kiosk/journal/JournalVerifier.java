package org.huzhu.kiosk.journal;

import java.nio.file.Path;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.huzhu.kiosk.identity.KioskIdentity;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.ChainVerifier;
import org.huzhu.protocol.ProtocolException;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.UnsignedTransaction;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;

/**
 * Walks a whole journal database read-only and checks every signature, every link and every stored copy of an
 * envelope's fields, stopping at the first fault. What it cannot see: transactions cut off the end of the journal
 * (the server's receipts catch those) and a database re-signed with a new key (compare the printed fingerprint with
 * the one enrolled at the server).
 */
public final class JournalVerifier {

    /** The outcome of a walk. */
    public sealed interface Result {
        /** One line, as {@code journal verify} prints it and the diagnostics bundle keeps it. */
        String summary();
    }

    /** Every transaction verified. */
    public record Intact(long count, String kioskId, String suite, String fingerprint) implements Result {
        @Override
        public String summary() {
            return "OK " + count + " transactions (kiosk " + kioskId + ", " + suite + ", key fingerprint "
                    + fingerprint + ")";
        }
    }

    /** The first fault, at {@code sequence} (0: the kiosk's own record, before any transaction). */
    public record Broken(long sequence, String reason) implements Result {
        @Override
        public String summary() {
            return "BROKEN at sequence " + sequence + ": " + reason;
        }
    }

    private JournalVerifier() {
    }

    public static Result verify(Path databaseFile) throws StorageException {
        try (Connection connection = Database.openReadOnly(databaseFile)) {
            Map<String, String> meta = Journal.readMeta(connection);
            SignatureSuite suite = SignatureSuites.byId(meta.getOrDefault(Journal.META_SUITE, "")).orElse(null);
            Optional<PublicKey> key = suite == null ? Optional.empty() : publicKey(suite, meta);
            if (key.isEmpty()) {
                return new Broken(0, "the kiosk's suite or public key is missing or unreadable");
            }
            String kioskId = meta.get(Journal.META_KIOSK_ID);
            if (!KioskIdentity.kioskIdOf(key.get()).equals(kioskId)) {
                return new Broken(0, "kiosk id " + kioskId + " does not belong to the stored public key");
            }
            ChainVerifier verifier = new ChainVerifier(kioskId, suite, key.get());
            return walk(connection, verifier, suite).orElseGet(() -> new Intact(verifier.lastSequence(), kioskId,
                    suite.id(), KioskIdentity.fingerprintOf(key.get())));
        } catch (SQLException e) {
            throw new StorageException(databaseFile, "is not a readable Huzhu Kiosk journal (" + e.getMessage() + ")", e);
        }
    }

    /** Empty if every row verified (the caller fills in the count), else the first fault. */
    private static Optional<Result> walk(Connection connection, ChainVerifier verifier, SignatureSuite suite)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT sequence, id, type, created_at, envelope, hash FROM journal ORDER BY sequence");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long rowSequence = rows.getLong(1);
                byte[] envelope = rows.getBytes(5);
                Transaction transaction;
                try {
                    transaction = verifier.verifyNext(envelope == null ? new byte[0] : envelope);
                } catch (ProtocolException e) {
                    return Optional.of(new Broken(e.sequence().orElse(rowSequence), e.code() + ": " + e.getMessage()));
                }
                UnsignedTransaction body = transaction.body();
                String mismatch = rowSequence != body.sequence() ? "row number"
                        : !body.id().toString().equals(rows.getString(2)) ? "id"
                        : !body.type().wireName().equals(rows.getString(3)) ? "type"
                        : !body.createdAt().toString().equals(rows.getString(4)) ? "creation time"
                        : !TransactionCodec.hash(envelope, suite).equals(rows.getString(6)) ? "hash"
                        : null;
                if (mismatch != null) {
                    return Optional.of(new Broken(body.sequence(), "stored " + mismatch + " differs from the signed envelope"));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<PublicKey> publicKey(SignatureSuite suite, Map<String, String> meta) {
        try {
            return Optional.of(suite.decodePublicKey(Base64.getDecoder().decode(meta.getOrDefault(Journal.META_PUBLIC_KEY, ""))));
        } catch (InvalidKeySpecException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
