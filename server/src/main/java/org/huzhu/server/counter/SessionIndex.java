package org.huzhu.server.counter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.huzhu.server.community.ConfirmedTasks;
import org.huzhu.server.community.VolunteerOutcomes;

/**
 * {@code counter_volunteer_session}: one row per task and volunteer with an accepted check-in or check-out, from
 * every kiosk, and whether it still waits for staff. Check-ins and check-outs from different kiosks arrive in any
 * order, so the row keeps the earliest check-in and the latest check-out by {@code createdAt}. Stateless; works inside
 * the caller's transaction.
 */
final class SessionIndex {

    private SessionIndex() {
    }

    /** The row as stored, or a new one. */
    private record Session(String kioskId, Long checkedInMs, Long checkedOutMs, long checkedOutMinutes,
            boolean stored) {

        long listedAtMs() {
            return checkedInMs != null ? checkedInMs : checkedOutMs;
        }
    }

    static void checkedIn(Connection connection, UUID taskId, UUID volunteerId, String kioskId, Instant at)
            throws SQLException {
        Session session = find(connection, taskId, volunteerId, kioskId);
        long ms = at.toEpochMilli();
        if (session.checkedInMs() == null || ms < session.checkedInMs()) {
            session = new Session(kioskId, ms, session.checkedOutMs(), session.checkedOutMinutes(), session.stored());
        }
        store(connection, taskId, volunteerId, session);
    }

    static void checkedOut(Connection connection, UUID taskId, UUID volunteerId, String kioskId, Instant at,
            int minutes) throws SQLException {
        Session session = find(connection, taskId, volunteerId, kioskId);
        long ms = at.toEpochMilli();
        Long last = session.checkedOutMs() == null || ms > session.checkedOutMs() ? ms : session.checkedOutMs();
        // Without a check-in, the kiosk shown is where the volunteer last checked out.
        String kiosk = session.checkedInMs() == null && last == ms ? kioskId : session.kioskId();
        store(connection, taskId, volunteerId, new Session(kiosk, session.checkedInMs(), last,
                session.checkedOutMinutes() + minutes, session.stored()));
    }

    /** Staff confirmed the volunteer's minutes or marked them absent: the session no longer waits. */
    static void settled(Connection connection, UUID taskId, UUID volunteerId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE counter_volunteer_session SET waiting = 0 WHERE task_id = ? AND volunteer_id = ?")) {
            update.setString(1, taskId.toString());
            update.setString(2, volunteerId.toString());
            update.executeUpdate();
        }
    }

    private static Session find(Connection connection, UUID taskId, UUID volunteerId, String kioskId)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT kiosk_id, checked_in_ms, checked_out_ms, checked_out_minutes FROM counter_volunteer_session
                WHERE task_id = ? AND volunteer_id = ?""")) {
            query.setString(1, taskId.toString());
            query.setString(2, volunteerId.toString());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return new Session(kioskId, null, null, 0, false);
                }
                return new Session(row.getString(1), Rows.nullableLong(row, 2), Rows.nullableLong(row, 3), row.getLong(4),
                        true);
            }
        }
    }

    private static void store(Connection connection, UUID taskId, UUID volunteerId, Session session)
            throws SQLException {
        String sql = session.stored() ? """
                UPDATE counter_volunteer_session SET kiosk_id = ?, checked_in_ms = ?, checked_out_ms = ?,
                    checked_out_minutes = ?, listed_at_ms = ? WHERE task_id = ? AND volunteer_id = ?"""
                : """
                INSERT INTO counter_volunteer_session (kiosk_id, checked_in_ms, checked_out_ms, checked_out_minutes,
                    listed_at_ms, task_id, volunteer_id, waiting) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            write.setString(1, session.kioskId());
            Rows.setNullableLong(write, 2, session.checkedInMs());
            Rows.setNullableLong(write, 3, session.checkedOutMs());
            write.setLong(4, session.checkedOutMinutes());
            write.setLong(5, session.listedAtMs());
            write.setString(6, taskId.toString());
            write.setString(7, volunteerId.toString());
            if (!session.stored()) {
                write.setInt(8, settledAlready(connection, taskId, volunteerId) ? 0 : 1);
            }
            write.executeUpdate();
        }
    }

    /**
     * A confirmation or no-show may reach the server before the check-in it settles (another kiosk synced later).
     */
    private static boolean settledAlready(Connection connection, UUID taskId, UUID volunteerId) throws SQLException {
        return ConfirmedTasks.confirmed(connection, taskId, volunteerId)
                || VolunteerOutcomes.markedNoShow(connection, taskId, volunteerId);
    }
}
