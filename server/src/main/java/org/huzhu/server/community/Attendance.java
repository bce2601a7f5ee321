package org.huzhu.server.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The {@code volunteer_attendance} table: the minutes a volunteer checked out with for a task, summed over their
 * accepted check-outs. A staff confirmation of more than this needs a reason. Works inside the caller's transaction.
 */
public final class Attendance {

    private Attendance() {
    }

    public static void checkedOut(Connection connection, UUID taskId, UUID volunteerId, int minutes)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO volunteer_attendance (task_id, volunteer_id, minutes) VALUES (?, ?, ?)
                ON CONFLICT (task_id, volunteer_id) DO UPDATE
                    SET minutes = volunteer_attendance.minutes + excluded.minutes""")) {
            upsert.setString(1, taskId.toString());
            upsert.setString(2, volunteerId.toString());
            upsert.setLong(3, minutes);
            upsert.executeUpdate();
        }
    }

    /** The minutes checked out with; 0 when the volunteer never checked out of this task. */
    public static long minutes(Connection connection, UUID taskId, UUID volunteerId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT minutes FROM volunteer_attendance WHERE task_id = ? AND volunteer_id = ?")) {
            query.setString(1, taskId.toString());
            query.setString(2, volunteerId.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }
}
