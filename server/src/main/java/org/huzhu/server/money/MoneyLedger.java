package org.huzhu.server.money;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The double-entry money ledger in integer fen (ADR 0015): a transfer is one row naming a debit and a credit account,
 * and the balances move with it in the caller's database transaction. Only {@link #BANK}, the world outside, may go
 * below 0: a debit that would take any other account below 0 is not made ({@link #transfer} answers false), by a
 * conditional update, so it holds however many requests race. Stateless.
 */
public final class MoneyLedger {

    /** Where donations come from and settlements go: its balance is minus everything the platform tracks. */
    public static final String BANK = "bank";

    /** What moved money, as the transfer's kind records it. */
    public enum Kind {
        DONATION("donation"), RESERVE("reserve"), PAYMENT("payment"), RETURN("return"), SETTLEMENT("settlement");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    private MoneyLedger() {
    }

    public static String charity(String institutionId) {
        return "charity:" + institutionId;
    }

    public static String hospital(String institutionId) {
        return "hospital:" + institutionId;
    }

    public static String hold(UUID orderId) {
        return "hold:" + orderId;
    }

    /**
     * Moves {@code amountFen} from {@code debit} to {@code credit}, unless that would take {@code debit} (other than
     * the bank) below 0.
     *
     * @return whether the transfer was made
     */
    public static boolean transfer(Connection connection, String debit, String credit, long amountFen, Kind kind,
            UUID orderId, String reference, Instant at) throws SQLException {
        if (amountFen <= 0 || debit.equals(credit)) {
            throw new IllegalArgumentException("a transfer moves a positive amount between two accounts");
        }
        if (!debit(connection, debit, amountFen)) {
            return false;
        }
        try (PreparedStatement credited = connection.prepareStatement("""
                INSERT INTO money_account (account_id, balance_fen) VALUES (?, ?)
                ON CONFLICT (account_id) DO UPDATE SET balance_fen = money_account.balance_fen + excluded.balance_fen
                """)) {
            credited.setString(1, credit);
            credited.setLong(2, amountFen);
            credited.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO money_transfer (transfer_id, debit_account, credit_account, amount_fen, kind, order_id,
                    reference, recorded_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, debit);
            insert.setString(3, credit);
            insert.setLong(4, amountFen);
            insert.setString(5, kind.wireName());
            insert.setString(6, orderId == null ? null : orderId.toString());
            insert.setString(7, reference);
            insert.setLong(8, at.toEpochMilli());
            insert.executeUpdate();
        }
        return true;
    }

    /** The bank may always pay out (it stands for the world); any other account only what it holds. */
    private static boolean debit(Connection connection, String account, long amountFen) throws SQLException {
        String sql = account.equals(BANK)
                ? "UPDATE money_account SET balance_fen = balance_fen - ? WHERE account_id = ?"
                : "UPDATE money_account SET balance_fen = balance_fen - ? WHERE account_id = ? AND balance_fen >= ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, amountFen);
            update.setString(2, account);
            if (!account.equals(BANK)) {
                update.setLong(3, amountFen);
            }
            return update.executeUpdate() == 1;
        }
    }

    /** The account's balance; 0 for an account nothing moved yet. */
    public static long balance(Connection connection, String account) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT balance_fen FROM money_account WHERE account_id = ?")) {
            query.setString(1, account);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /** The sum of all balances: 0 unless something is broken. */
    public static long sum(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COALESCE(SUM(balance_fen), 0) FROM money_account");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * Every account whose kept balance differs from what its transfers add up to, with the sum of its transfers: empty
     * when the balances can be trusted.
     */
    public static Map<String, Long> balancesNotMatchingTransfers(Connection connection) throws SQLException {
        Map<String, Long> wrong = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT a.account_id, a.balance_fen, COALESCE(t.net, 0) FROM money_account a LEFT JOIN (
                    SELECT account_id, SUM(amount) AS net FROM (
                        SELECT credit_account AS account_id, amount_fen AS amount FROM money_transfer
                        UNION ALL SELECT debit_account, -amount_fen FROM money_transfer) legs
                    GROUP BY account_id) t ON t.account_id = a.account_id
                WHERE a.balance_fen <> COALESCE(t.net, 0) ORDER BY a.account_id""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                wrong.put(rows.getString(1), rows.getLong(3));
            }
        }
        return wrong;
    }

    /** The total moved by transfers of {@code kind} for one aid order. */
    public static long movedFor(Connection connection, UUID orderId, Kind kind) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COALESCE(SUM(amount_fen), 0) FROM money_transfer WHERE order_id = ? AND kind = ?")) {
            query.setString(1, orderId.toString());
            query.setString(2, kind.wireName());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
