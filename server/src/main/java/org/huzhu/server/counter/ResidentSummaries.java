package org.huzhu.server.counter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.protocol.counter.ResidentSummary;

/**
 * Residents as the counter lists them ({@link ResidentSummary}): one query shape for search, statement and report,
 * with the balance from the ledger's {@code account} table and the phone from the resident's profile. Stateless;
 * works inside the caller's transaction.
 */
final class ResidentSummaries {

    static final String ACTIVE = "active";
    /** A closed account ({@code resident.closed}): listed still, with its statement, marked so. */
    static final String CLOSED = "closed";

    /** Columns 1..8 of a summary, of {@code counter_resident r}. */
    static final String COLUMNS = """
            SELECT r.resident_id, r.display_name, r.member_number, COALESCE(a.balance, 0),
                   COALESCE(p.phone_digits, ''), r.enrolled_at_ms, r.last_exchange_ms, c.closed_at_ms
            """;
    /** What the columns need besides {@code r}. */
    static final String BALANCE_AND_PHONE = """
            LEFT JOIN account a ON a.account_id = 'resident:' || r.resident_id
            LEFT JOIN resident_profile p ON p.resident_id = r.resident_id
            LEFT JOIN resident c ON c.resident_id = r.resident_id
            """;
    /** The summaries of all residents; a query appends its WHERE and ORDER BY. */
    static final String SELECT = COLUMNS + "FROM counter_resident r\n" + BALANCE_AND_PHONE;

    private ResidentSummaries() {
    }

    /** Runs {@code query} (built on {@link #SELECT}, its parameters set) and reads every row. */
    static List<ResidentSummary> list(PreparedStatement query) throws SQLException {
        List<ResidentSummary> residents = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                residents.add(read(rows));
            }
        }
        return residents;
    }

    static Optional<ResidentSummary> find(Connection connection, String residentId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + "WHERE r.resident_id = ?")) {
            query.setString(1, residentId);
            return list(query).stream().findFirst();
        }
    }

    static ResidentSummary read(ResultSet row) throws SQLException {
        return new ResidentSummary(row.getString(1), row.getString(2), MemberNumbers.format(row.getLong(3)),
                row.getLong(4), masked(row.getString(5)), Instant.ofEpochMilli(row.getLong(6)),
                Rows.nullableInstant(row, 7), Rows.nullableLong(row, 8) == null ? ACTIVE : CLOSED);
    }

    /** All but the last 4 digits hidden: {@code ••• 5678}; {@code ""} without a phone. */
    static String masked(String phoneDigits) {
        if (phoneDigits.isEmpty()) {
            return "";
        }
        return "\u2022\u2022\u2022 " + phoneDigits.substring(Math.max(0, phoneDigits.length() - 4));
    }
}
