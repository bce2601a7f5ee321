package org.huzhu.server.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.huzhu.server.store.Queries;
import org.huzhu.server.store.Versions;

/**
 * Tasks volunteers check in to at a kiosk ({@code volunteer.checked-in}). Never deleted: a withdrawn task is stored
 * inactive. Stateless; every method works inside the caller's transaction.
 */
public final class VolunteerTasks {

    /**
     * A task as offered to volunteers.
     *
     * @param minutes how long the task is expected to take, 1..1440: what a volunteer is usually credited
     */
    public record Task(UUID taskId, String titleZh, String titleEn, String placeZh, String placeEn,
            Instant startsAt, int minutes, boolean active) {
    }

    private VolunteerTasks() {
    }

    /** Adds a task or replaces what is known of it. */
    public static void upsert(Connection connection, Task task) throws SQLException {
        long version = Versions.next(connection);
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO volunteer_task (task_id, title_zh, title_en, place_zh, place_en, starts_at, minutes,
                                            active, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (task_id) DO UPDATE SET title_zh = excluded.title_zh, title_en = excluded.title_en,
                    place_zh = excluded.place_zh, place_en = excluded.place_en, starts_at = excluded.starts_at,
                    minutes = excluded.minutes, active = excluded.active, version = excluded.version""")) {
            upsert.setString(1, task.taskId().toString());
            upsert.setString(2, task.titleZh());
            upsert.setString(3, task.titleEn());
            upsert.setString(4, task.placeZh());
            upsert.setString(5, task.placeEn());
            upsert.setString(6, task.startsAt().toString());
            upsert.setInt(7, task.minutes());
            upsert.setInt(8, task.active() ? 1 : 0);
            upsert.setLong(9, version);
            upsert.executeUpdate();
        }
    }

    /** Whether the task is listed, active or not. */
    public static boolean exists(Connection connection, UUID taskId) throws SQLException {
        return Queries.exists(connection, "SELECT 1 FROM volunteer_task WHERE task_id = ?", taskId.toString());
    }
}
