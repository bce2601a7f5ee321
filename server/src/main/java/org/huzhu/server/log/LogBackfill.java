package org.huzhu.server.log;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Puts into the log, once, the transactions a server accepted before the log existed (a database created before
 * migration V18): when no community's log has a leaf yet, every accepted transaction becomes a leaf of this server's
 * community, in the order of {@code received_at}, kiosk and sequence. From then on ingest appends each accepted
 * transaction in the transaction that stores it, so there is nothing left to fill. Runs in the caller's transaction.
 */
public final class LogBackfill {

    private LogBackfill() {
    }

    /** @return how many leaves were added (0 when the log had begun already) */
    public static long run(Connection connection, String community) throws SQLException {
        try (PreparedStatement any = connection.prepareStatement("SELECT 1 FROM log_leaf LIMIT 1");
             ResultSet row = any.executeQuery()) {
            if (row.next()) {
                return 0;
            }
        }
        long added = 0;
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT transaction_id, envelope FROM transaction_record WHERE verdict = 'accepted'
                ORDER BY received_at, kiosk_id, sequence""")) {
            query.setFetchSize(500);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    LogLeaves.append(connection, community, rows.getString(1),
                            rows.getString(2).getBytes(StandardCharsets.UTF_8));
                    added++;
                }
            }
        }
        return added;
    }
}
