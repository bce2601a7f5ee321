package org.huzhu.server.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.huzhu.server.store.Queries;
import org.huzhu.server.store.Versions;

/**
 * Staff confirmations of volunteers' minutes ({@code service.confirmed}), kept so kiosks learn which check-ins became
 * credit. The minutes themselves are the ledger's credit posting, made in the same transaction. Stateless; every
 * method works inside the caller's transaction.
 */
public final class ConfirmedTasks {

    private ConfirmedTasks() {
    }

    /** Whether this volunteer's minutes for {@code taskId} were confirmed already (several may do one task). */
    public static boolean confirmed(Connection connection, UUID taskId, UUID volunteerId) throws SQLException {
        return Queries.exists(connection, "SELECT 1 FROM confirmed_task WHERE task_id = ? AND volunteer_id = ?",
                taskId.toString(), volunteerId.toString());
    }

    public static void record(Connection connection, UUID taskId, UUID volunteerId, int minutes,
            String transactionId) throws SQLException {
        long version = Versions.next(connection);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO confirmed_task (task_id, volunteer_id, minutes, transaction_id, version)
                VALUES (?, ?, ?, ?, ?)""")) {
            insert.setString(1, taskId.toString());
            insert.setString(2, volunteerId.toString());
            insert.setInt(3, minutes);
            insert.setString(4, transactionId);
            insert.setLong(5, version);
            insert.executeUpdate();
        }
    }
}
