package org.huzhu.server.counter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.server.ledger.Ledger;

/**
 * {@code counter_exchange}: for each accepted transaction that posted, one row per resident whose account it moved,
 * read back from the ledger entries the rules just wrote, so the statement shows exactly what the ledger holds. A
 * reversal (or a cancellation's refund) links both ways: it {@code reverses} the transaction whose posting it undid,
 * which is {@code reversed_by} it. Stateless; works inside the caller's transaction.
 */
final class ExchangeIndex {

    private static final String RESIDENT = Ledger.RESIDENT_PREFIX;

    private ExchangeIndex() {
    }

    /** One resident's share of a transaction's postings. */
    private static final class Share {
        long minutes;
        String counterpartyId;
    }

    /**
     * Records the postings of transaction {@code transactionId}.
     *
     * @return the minutes it moved (the sum over its postings), 0 if it posted nothing
     */
    static long record(Connection connection, String transactionId, String type, Instant createdAt, String reason)
            throws SQLException {
        Map<String, Share> shares = new LinkedHashMap<>();
        List<Long> reversedPostings = new ArrayList<>();
        long moved = 0;
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT d.account_id, c.account_id, c.minutes, c.reverses_posting
                FROM ledger_entry d JOIN ledger_entry c ON c.posting_id = d.posting_id AND c.leg = 2
                WHERE d.transaction_id = ? AND d.leg = 1 ORDER BY d.posting_id""")) {
            query.setString(1, transactionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String from = rows.getString(1);
                    String to = rows.getString(2);
                    long minutes = rows.getLong(3);
                    moved += minutes;
                    share(shares, from, to, -minutes);
                    share(shares, to, from, minutes);
                    long reversed = rows.getLong(4);
                    if (!rows.wasNull()) {
                        reversedPostings.add(reversed);
                    }
                }
            }
        }
        String reverses = null;
        for (long posting : reversedPostings) {
            String original = transactionOf(connection, posting);
            reverses = reverses == null ? original : reverses;
            markReversed(connection, original, transactionId);
        }
        String reversedBy = shares.isEmpty() ? null : reversalOf(connection, transactionId);
        for (Map.Entry<String, Share> entry : shares.entrySet()) {
            insert(connection, entry.getKey(), transactionId, type, createdAt, entry.getValue(), reverses,
                    reversedBy, reason);
        }
        return moved;
    }

    /**
     * Records a change to a family link ({@code family.unlinked}, {@code family.permissions-set}) in both residents'
     * statements, with no minutes and each other as the counterparty, so an ended link reads there in plain words. It
     * is not an exchange: the residents' last exchange stays what it was.
     */
    static void recordFamily(Connection connection, String transactionId, String type, Instant createdAt,
            String residentId, String memberId, String reason) throws SQLException {
        for (String[] pair : new String[][] {{residentId, memberId}, {memberId, residentId}}) {
            Share share = new Share();
            share.counterpartyId = pair[1];
            insertRow(connection, pair[0], transactionId, type, createdAt, share, null, null, reason);
        }
    }

    private static void share(Map<String, Share> shares, String account, String other, long minutes) {
        if (!account.startsWith(RESIDENT)) {
            return; // the pool has no statement
        }
        Share share = shares.computeIfAbsent(account.substring(RESIDENT.length()), id -> new Share());
        share.minutes += minutes;
        if (other.startsWith(RESIDENT)) {
            share.counterpartyId = other.substring(RESIDENT.length());
        }
    }

    private static String transactionOf(Connection connection, long posting) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT transaction_id FROM ledger_entry WHERE posting_id = ? AND leg = 1")) {
            query.setLong(1, posting);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("posting " + posting + " is reversed but not in the ledger");
                }
                return row.getString(1);
            }
        }
    }

    /**
     * The transaction that reversed one of this one's postings already: none while transactions arrive in order, but
     * the one-time rebuild ({@link CounterBackfill}) replays them in whatever order the database returns.
     */
    private static String reversalOf(Connection connection, String transactionId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT r.transaction_id FROM ledger_entry d
                JOIN ledger_entry r ON r.reverses_posting = d.posting_id AND r.leg = 1
                WHERE d.transaction_id = ? AND d.leg = 1 ORDER BY r.posting_id""")) {
            query.setString(1, transactionId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static void markReversed(Connection connection, String original, String reversal) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE counter_exchange SET reversed_by = ? WHERE transaction_id = ? AND reversed_by IS NULL")) {
            update.setString(1, reversal);
            update.setString(2, original);
            update.executeUpdate();
        }
    }

    private static void insert(Connection connection, String residentId, String transactionId, String type,
            Instant createdAt, Share share, String reverses, String reversedBy, String reason) throws SQLException {
        insertRow(connection, residentId, transactionId, type, createdAt, share, reverses, reversedBy, reason);
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE counter_resident SET last_exchange_ms = ?
                WHERE resident_id = ? AND (last_exchange_ms IS NULL OR last_exchange_ms < ?)""")) {
            update.setLong(1, createdAt.toEpochMilli());
            update.setString(2, residentId);
            update.setLong(3, createdAt.toEpochMilli());
            update.executeUpdate();
        }
    }

    private static void insertRow(Connection connection, String residentId, String transactionId, String type,
            Instant createdAt, Share share, String reverses, String reversedBy, String reason) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO counter_exchange (resident_id, created_at_ms, transaction_id, type, minutes,
                    counterparty_id, reverses, reversed_by, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, residentId);
            insert.setLong(2, createdAt.toEpochMilli());
            insert.setString(3, transactionId);
            insert.setString(4, type);
            insert.setLong(5, share.minutes);
            insert.setString(6, share.counterpartyId);
            insert.setString(7, reverses);
            insert.setString(8, reversedBy);
            insert.setString(9, reason);
            insert.executeUpdate();
        }
    }
}
