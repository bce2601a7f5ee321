package org.huzhu.kiosk.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.SqlWork;
import org.huzhu.kiosk.storage.StorageException;

/**
 * Delivery state of every journal transaction: {@code pending → sent → accepted | rejected}. A transaction that was
 * sent but never answered (the kiosk restarted, the network dropped) is still unacknowledged and is sent again; the
 * server de-duplicates on the transaction id. Accepted and rejected are final. Thread-safe; blocking.
 */
public final class Outbox {

    /** Delivery states; the lower-case name is what the database stores. */
    public enum State {
        PENDING, SENT, ACCEPTED, REJECTED;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A transaction waiting for the server's verdict. */
    public record Entry(long sequence, byte[] envelope) {
    }

    private final Database database;
    private final Clock clock;

    public Outbox(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    static void insertPending(Connection connection, long sequence, Clock clock) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox (sequence, state, updated_at) VALUES (?, 'pending', ?)")) {
            insert.setLong(1, sequence);
            insert.setString(2, clock.instant().toString());
            insert.executeUpdate();
        }
    }

    /** Pending and sent-but-unanswered transactions, oldest first, at most {@code limit}. */
    public List<Entry> unacknowledged(int limit) throws StorageException {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT o.sequence, j.envelope FROM outbox o JOIN journal j ON j.sequence = o.sequence
                    WHERE o.state IN ('pending', 'sent') ORDER BY o.sequence LIMIT ?""")) {
                query.setInt(1, limit);
                List<Entry> entries = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new Entry(rows.getLong(1), rows.getBytes(2)));
                    }
                }
                return entries;
            }
        });
    }

    /** The server's final word on one transaction: accepted (no reason) or rejected with its machine-readable reason. */
    public record Answer(long sequence, Optional<String> rejectedFor) {
    }

    /** Marks transactions as sent, in one commit; sending one again (after a restart or a lost answer) keeps it sent. */
    public void markSent(List<Long> sequences) throws StorageException {
        database.inTransaction(connection -> {
            for (long sequence : sequences) {
                transition(connection, sequence, State.SENT, null, "'pending', 'sent'");
            }
            return null;
        });
    }

    public void markAccepted(long sequence) throws StorageException {
        record(List.of(new Answer(sequence, Optional.empty())), connection -> null);
    }

    /** @param reason the server's machine-readable reason, e.g. {@code bad-signature} */
    public void markRejected(long sequence, String reason) throws StorageException {
        record(List.of(new Answer(sequence, Optional.of(reason))), connection -> null);
    }

    /**
     * Records the server's answers and {@code alongside} (the receipt that proves them) in one commit: either the
     * whole batch's verdicts are on disk with their proof, or none is and the batch is simply sent again.
     */
    public void record(List<Answer> answers, SqlWork<?> alongside) throws StorageException {
        database.inTransaction(connection -> {
            alongside.run(connection);
            for (Answer answer : answers) {
                transition(connection, answer.sequence(), answer.rejectedFor().isEmpty() ? State.ACCEPTED
                        : State.REJECTED, answer.rejectedFor().orElse(null), "'pending', 'sent'");
            }
            return null;
        });
    }

    public Map<State, Long> counts() throws StorageException {
        return database.inTransaction(connection -> {
            Map<State, Long> counts = new EnumMap<>(State.class);
            for (State state : State.values()) {
                counts.put(state, 0L);
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT state, count(*) FROM outbox GROUP BY state");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(State.valueOf(rows.getString(1).toUpperCase(Locale.ROOT)), rows.getLong(2));
                }
            }
            return counts;
        });
    }

    /**
     * Makes every transaction after {@code sequence} unanswered again, verdict or not, inside the caller's
     * transaction: for a server restored from a backup that lacks them (the kiosk's start-over, docs/protocol.md §6).
     * The only way a final state changes; the server's new verdicts replace the old ones.
     *
     * @return how many transactions will be sent again
     */
    public int requeueAfter(Connection connection, long sequence) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET state = 'pending', reason = NULL, updated_at = ? WHERE sequence > ?")) {
            update.setString(1, clock.instant().toString());
            update.setLong(2, sequence);
            return update.executeUpdate();
        }
    }

    /** Moves one transaction to {@code target} if it is in one of {@code from}; a final state never changes. */
    private void transition(Connection connection, long sequence, State target, String reason, String from)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET state = ?, reason = ?, updated_at = ? WHERE sequence = ? AND state IN (" + from + ")")) {
            update.setString(1, target.column());
            update.setString(2, reason);
            update.setString(3, clock.instant().toString());
            update.setLong(4, sequence);
            if (update.executeUpdate() == 0) {
                throw new SQLException("transaction " + sequence + " cannot become " + target.column()
                        + " (it is unknown or already final)");
            }
        }
    }
}
