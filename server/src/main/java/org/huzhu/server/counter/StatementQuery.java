package org.huzhu.server.counter;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.Statement;
import org.huzhu.protocol.counter.StatementEntry;

/**
 * {@code GET /v1/counter/statement?residentId=}: a resident's summary and, newest first, every accepted transaction
 * that moved their minutes or ended or changed a family link of theirs, from {@code counter_exchange} (its primary key gives the
 * order). Stateless.
 */
final class StatementQuery {

    private static final String SELECT = """
            SELECT transaction_id, type, created_at_ms, minutes, counterparty_id, reverses, reversed_by, reason
            FROM counter_exchange WHERE resident_id = ?
            ORDER BY created_at_ms DESC, transaction_id DESC""";

    private StatementQuery() {
    }

    /** Empty for a resident never enrolled. */
    static Optional<Statement> of(Connection connection, String residentId, Paging paging) throws SQLException {
        var resident = ResidentSummaries.find(connection, residentId);
        if (resident.isEmpty()) {
            return Optional.empty();
        }
        Page<StatementEntry> entries = Rows.page(connection, SELECT,
                "SELECT COUNT(*) FROM counter_exchange WHERE resident_id = ?", 1,
                query -> query.setString(1, residentId), paging, StatementQuery::read);
        return Optional.of(new Statement(resident.get(), entries));
    }

    private static StatementEntry read(ResultSet row) throws SQLException {
        return new StatementEntry(row.getString(1), row.getString(2), Instant.ofEpochMilli(row.getLong(3)),
                row.getLong(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8));
    }
}
