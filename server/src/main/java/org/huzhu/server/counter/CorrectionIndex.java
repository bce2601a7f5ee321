package org.huzhu.server.counter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.huzhu.server.store.Versions;

/**
 * The {@code correction} table (V11): a reversal's effect on each resident, for the kiosks' snapshot, so a resident
 * sees a staff correction in their own history at any kiosk. Copied from the reversal's {@code counter_exchange} rows
 * just written, so both say the same; a replay ({@link CounterBackfill}) keeps the rows there are. Stateless; works
 * inside the caller's transaction.
 */
final class CorrectionIndex {

    private CorrectionIndex() {
    }

    /** Records the accepted reversal {@code transactionId} after {@link ExchangeIndex#record} wrote its rows. */
    static void reversed(Connection connection, String transactionId) throws SQLException {
        long version = Versions.next(connection);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO correction (transaction_id, resident_id, minutes, corrected_type, reason, created_at_ms,
                    version)
                SELECT e.transaction_id, e.resident_id, e.minutes, COALESCE(o.type, ''), e.reason, e.created_at_ms, ?
                FROM counter_exchange e LEFT JOIN transaction_record o ON o.transaction_id = e.reverses
                WHERE e.transaction_id = ?
                ON CONFLICT (transaction_id, resident_id) DO NOTHING""")) {
            insert.setLong(1, version);
            insert.setString(2, transactionId);
            insert.executeUpdate();
        }
    }
}
