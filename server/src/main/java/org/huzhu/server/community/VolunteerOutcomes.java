package org.huzhu.server.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.huzhu.server.store.Queries;

/**
 * What staff said about a volunteer's session besides confirming it: a rating of the confirmed work
 * ({@code volunteer.rated}) or that the volunteer did not come ({@code volunteer.no-show}). Neither moves minutes.
 * Stateless; every method works inside the caller's transaction.
 */
public final class VolunteerOutcomes {

    private VolunteerOutcomes() {
    }

    public static boolean rated(Connection connection, UUID taskId, UUID volunteerId) throws SQLException {
        return Queries.exists(connection, "SELECT 1 FROM volunteer_rating WHERE task_id = ? AND volunteer_id = ?",
                taskId.toString(), volunteerId.toString());
    }

    public static boolean markedNoShow(Connection connection, UUID taskId, UUID volunteerId) throws SQLException {
        return Queries.exists(connection, "SELECT 1 FROM volunteer_no_show WHERE task_id = ? AND volunteer_id = ?",
                taskId.toString(), volunteerId.toString());
    }

    public static void rate(Connection connection, UUID taskId, UUID volunteerId, int stars, String note,
            String transactionId, Instant createdAt) throws SQLException {
        insert(connection, "INSERT INTO volunteer_rating (task_id, volunteer_id, stars, note, transaction_id,"
                + " created_at_ms) VALUES (?, ?, ?, ?, ?, ?)", taskId, volunteerId, stars, note, transactionId,
                createdAt);
    }

    public static void markNoShow(Connection connection, UUID taskId, UUID volunteerId, String reason,
            String transactionId, Instant createdAt) throws SQLException {
        insert(connection, "INSERT INTO volunteer_no_show (task_id, volunteer_id, reason, transaction_id,"
                + " created_at_ms) VALUES (?, ?, ?, ?, ?)", taskId, volunteerId, null, reason, transactionId,
                createdAt);
    }

    /** {@code stars} null: the no-show table, which has none. */
    private static void insert(Connection connection, String sql, UUID taskId, UUID volunteerId, Integer stars,
            String text, String transactionId, Instant createdAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int column = 1;
            insert.setString(column++, taskId.toString());
            insert.setString(column++, volunteerId.toString());
            if (stars != null) {
                insert.setInt(column++, stars);
            }
            insert.setString(column++, text);
            insert.setString(column++, transactionId);
            insert.setLong(column, createdAt.toEpochMilli());
            insert.executeUpdate();
        }
    }
}
