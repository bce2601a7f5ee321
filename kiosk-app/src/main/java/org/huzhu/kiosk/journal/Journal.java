package org.huzhu.kiosk.journal;

import com.github.f4b6a3.uuid.UuidCreator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.huzhu.kiosk.identity.KioskIdentity;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.TransactionType;
import org.huzhu.protocol.UnsignedTransaction;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.payload.Payload;

/**
 * The kiosk's signed, hash-chained transaction journal. {@link #append} signs the next transaction, writes it, its
 * outbox row and the business change in one SQLite transaction, and returns only after that commit is on disk, so a
 * screen may say "done" as soon as it returns. Sequence numbers have no gaps: a failed append leaves the head where it
 * was. Thread-safe (appends are serialised); blocking, so never call it on the FX thread.
 */
public final class Journal {

    static final String META_KIOSK_ID = "kiosk_id";
    static final String META_SUITE = "suite";
    static final String META_PUBLIC_KEY = "public_key";

    private final Database database;
    private final KioskIdentity identity;
    private final Clock clock;
    private long headSequence;
    private String headHash;

    private Journal(Database database, KioskIdentity identity, Clock clock, long headSequence, String headHash) {
        this.database = database;
        this.identity = identity;
        this.clock = clock;
        this.headSequence = headSequence;
        this.headHash = headHash;
    }

    /** Binds the database to this identity on first use; refuses a database that belongs to another kiosk. */
    public static Journal open(Database database, KioskIdentity identity, Clock clock)
            throws StorageException, JournalException {
        Map<String, String> expected = Map.of(
                META_KIOSK_ID, identity.kioskId(),
                META_SUITE, identity.suite().id(),
                META_PUBLIC_KEY, Base64.getEncoder().encodeToString(identity.publicKey().getEncoded()));
        Map<String, String> stored = database.inTransaction(connection -> {
            Map<String, String> meta = readMeta(connection);
            if (meta.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO kiosk_meta (key, value) VALUES (?, ?)")) {
                    for (Map.Entry<String, String> entry : expected.entrySet()) {
                        insert.setString(1, entry.getKey());
                        insert.setString(2, entry.getValue());
                        insert.executeUpdate();
                    }
                }
                return expected;
            }
            return meta;
        });
        if (!stored.equals(expected)) {
            throw new JournalException(database.file() + " holds the journal of kiosk " + stored.get(META_KIOSK_ID)
                    + " (" + stored.get(META_SUITE) + "), not of this kiosk " + identity.kioskId()
                    + "; use that kiosk's key store or another database");
        }
        Head head = database.inTransaction(Journal::readHead);
        return new Journal(database, identity, clock, head.sequence(), head.hash());
    }

    /** Signs and durably records {@code payload} with {@code change}; returns the committed transaction. */
    public synchronized Transaction append(Payload payload, Actor actor, BusinessChange change)
            throws JournalException {
        long sequence = headSequence + 1;
        UnsignedTransaction body = new UnsignedTransaction(UuidCreator.getTimeOrderedEpoch(), identity.kioskId(),
                sequence, headHash, clock.instant().truncatedTo(ChronoUnit.MILLIS), TransactionType.of(payload), actor,
                payload, identity.suite().id());
        Transaction transaction;
        try {
            transaction = TransactionCodec.sign(body, identity.suite(), identity.privateKey());
        } catch (KeyMismatchException e) {
            throw new JournalException("the kiosk key cannot sign " + identity.suite().id(), e);
        }
        byte[] envelope = TransactionCodec.encode(transaction);
        String hash = TransactionCodec.hash(envelope, identity.suite());
        try {
            database.inTransaction(connection -> {
                change.apply(connection);
                insertJournalRow(connection, body, envelope, hash);
                Outbox.insertPending(connection, sequence, clock);
                return null;
            });
        } catch (StorageException e) {
            throw new JournalException("transaction " + sequence + " was not recorded: " + e.getMessage(), e);
        }
        headSequence = sequence;
        headHash = hash;
        return transaction;
    }

    /** The sequence number of the last committed transaction (0 when empty). */
    public synchronized long headSequence() {
        return headSequence;
    }

    public KioskIdentity identity() {
        return identity;
    }

    private static void insertJournalRow(Connection connection, UnsignedTransaction body, byte[] envelope, String hash)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO journal (sequence, id, type, created_at, envelope, hash) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, body.sequence());
            insert.setString(2, body.id().toString());
            insert.setString(3, body.type().wireName());
            insert.setString(4, body.createdAt().toString());
            insert.setBytes(5, envelope);
            insert.setString(6, hash);
            insert.executeUpdate();
        }
    }

    static Map<String, String> readMeta(Connection connection) throws SQLException {
        Map<String, String> meta = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT key, value FROM kiosk_meta");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                meta.put(rows.getString(1), rows.getString(2));
            }
        }
        return meta;
    }

    private record Head(long sequence, String hash) {
    }

    private static Head readHead(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT sequence, hash FROM journal ORDER BY sequence DESC LIMIT 1");
                ResultSet row = query.executeQuery()) {
            return row.next() ? new Head(row.getLong(1), row.getString(2)) : new Head(0, UnsignedTransaction.GENESIS_HASH);
        }
    }
}
