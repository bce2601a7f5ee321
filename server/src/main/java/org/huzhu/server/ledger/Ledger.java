package org.huzhu.server.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.server.store.Versions;

/**
 * The authoritative time bank: a double-entry ledger in whole minutes. Every posting moves {@code minutes} from one
 * account to another as two entries summing to zero, so the sum over all accounts is always zero. The community
 * {@link #POOL} is the counter-party of credits and redemptions. Entries are never changed or deleted; a correction
 * is a {@link #reverse reversal} posting. Stateless; every method works inside the caller's transaction.
 */
public final class Ledger {

    /** The community's account: negative by the minutes it has credited and not yet received back. */
    public static final String POOL = "pool";

    /** Kinds of posting, as stored. */
    public enum Kind {
        CREDIT("credit"), REDEEM("redeem"), TRANSFER("transfer"), REVERSAL("reversal"),
        /** A closed account's balance leaving it, or its overdraft written off (resident.closed, V10). */
        CLOSURE("closure");

        private final String column;

        Kind(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    private Ledger() {
    }

    /** What a resident's account id starts with; the resident's id follows. */
    public static final String RESIDENT_PREFIX = "resident:";

    public static String residentAccount(UUID residentId) {
        return RESIDENT_PREFIX + residentId;
    }

    /** 0 for an account that never had a posting. */
    public static long balance(Connection connection, String account) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT balance FROM account WHERE account_id = ?")) {
            query.setString(1, account);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /**
     * Moves {@code minutes} (≥ 1) from {@code from} to {@code to}. Limits are the caller's business (the pool has
     * none).
     *
     * @param reference a booking id (redemptions, found again for refunds) or task id (credits)
     * @return the posting number
     */
    public static long post(Connection connection, String from, String to, long minutes, Kind kind,
            String transactionId, String reference, Long reverses, Instant now) throws SQLException {
        if (minutes < 1 || from.equals(to)) {
            throw new IllegalArgumentException("a posting moves at least 1 minute between two accounts");
        }
        long posting = Versions.nextPosting(connection);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO ledger_entry (posting_id, leg, account_id, minutes, kind, transaction_id, reference,
                                          reverses_posting, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            addLeg(insert, posting, 1, from, -minutes, kind, transactionId, reference, reverses, now);
            addLeg(insert, posting, 2, to, minutes, kind, transactionId, reference, reverses, now);
            insert.executeBatch();
        }
        // Both balances change in one posting, so kiosks learn them under one snapshot version.
        long version = Versions.next(connection);
        adjust(connection, from, -minutes, version);
        adjust(connection, to, minutes, version);
        return posting;
    }

    private static void addLeg(PreparedStatement insert, long posting, int leg, String account, long minutes,
            Kind kind, String transactionId, String reference, Long reverses, Instant now) throws SQLException {
        insert.setLong(1, posting);
        insert.setInt(2, leg);
        insert.setString(3, account);
        insert.setLong(4, minutes);
        insert.setString(5, kind.column());
        insert.setString(6, transactionId);
        insert.setString(7, reference);
        if (reverses == null) {
            insert.setNull(8, java.sql.Types.BIGINT);
        } else {
            insert.setLong(8, reverses);
        }
        insert.setString(9, now.toString());
        insert.addBatch();
    }

    /** Keeps the balance table equal to the entries' sums and stamps the posting's snapshot version. */
    private static void adjust(Connection connection, String account, long minutes, long version)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO account (account_id, balance, version) VALUES (?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET balance = account.balance + excluded.balance,
                                                       version = excluded.version""")) {
            upsert.setString(1, account);
            upsert.setLong(2, minutes);
            upsert.setLong(3, version);
            upsert.executeUpdate();
        }
    }

    /** A posting of {@code kind} with {@code reference} that has not been reversed yet. */
    public static List<Long> unreversedPostings(Connection connection, Kind kind, String reference)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT e.posting_id FROM ledger_entry e
                WHERE e.kind = ? AND e.reference = ? AND e.leg = 1
                  AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_posting = e.posting_id)
                ORDER BY e.posting_id""")) {
            query.setString(1, kind.column());
            query.setString(2, reference);
            List<Long> postings = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    postings.add(rows.getLong(1));
                }
            }
            return postings;
        }
    }

    /** A posting as a reversal would undo it: {@code minutes} went from {@code from} to {@code to}. */
    public record Posting(long postingId, String from, String to, long minutes) {
    }

    /** The postings transaction {@code transactionId} made that are not reversals and not reversed yet. */
    public static List<Posting> unreversedPostingsOf(Connection connection, String transactionId)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT d.posting_id, d.account_id, c.account_id, c.minutes
                FROM ledger_entry d JOIN ledger_entry c ON c.posting_id = d.posting_id AND c.leg = 2
                WHERE d.transaction_id = ? AND d.leg = 1 AND d.kind <> 'reversal'
                  AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_posting = d.posting_id)
                ORDER BY d.posting_id""")) {
            query.setString(1, transactionId);
            List<Posting> postings = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    postings.add(new Posting(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4)));
                }
            }
            return postings;
        }
    }

    /**
     * Undoes posting {@code posting} with a new posting in the opposite direction; the original stays.
     *
     * @return the reversal's posting number, empty if the posting does not exist or was already reversed
     */
    public static Optional<Long> reverse(Connection connection, long posting, String transactionId, Instant now)
            throws SQLException {
        String from = null;
        String to = null;
        long minutes = 0;
        String reference = null;
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT leg, account_id, minutes, reference FROM ledger_entry e WHERE posting_id = ?
                  AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_posting = e.posting_id)""")) {
            query.setLong(1, posting);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (rows.getInt(1) == 1) {
                        to = rows.getString(2); // money goes back to where it came from
                    } else {
                        from = rows.getString(2);
                        minutes = rows.getLong(3);
                    }
                    reference = rows.getString(4);
                }
            }
        }
        if (from == null || to == null) {
            return Optional.empty();
        }
        return Optional.of(post(connection, from, to, minutes, Kind.REVERSAL, transactionId, reference, posting, now));
    }

    /** The sum of all entries: zero unless something is badly wrong. */
    public static long sum(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(SUM(minutes), 0) FROM ledger_entry");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The sum of the cached balances, which must equal {@link #sum}: both are checked by {@code stats}. */
    public static long balanceSum(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(SUM(balance), 0) FROM account");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * Minutes spent (redeemed or transferred away) by {@code account} in transactions of {@code kioskId} created at or
     * after {@code sinceMillis} with a sequence below {@code beforeSequence}: the offline policy's count. Written to
     * start from the account's spends (index {@code ledger_entry_spending}): joined the other way, SQLite starts from
     * all the kiosk's earlier transactions, which makes ingest quadratic.
     */
    public static long spentAtKioskSince(Connection connection, String account, String kioskId, long sinceMillis,
            long beforeSequence) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT COALESCE(SUM(-e.minutes), 0) FROM ledger_entry e
                WHERE e.account_id = ? AND e.leg = 1 AND e.kind IN ('redeem', 'transfer')
                  AND EXISTS (SELECT 1 FROM transaction_record t WHERE t.transaction_id = e.transaction_id
                              AND t.kiosk_id = ? AND t.created_at_ms >= ? AND t.sequence < ?)""")) {
            query.setString(1, account);
            query.setString(2, kioskId);
            query.setLong(3, sinceMillis);
            query.setLong(4, beforeSequence);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
