package org.huzhu.kiosk.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.payload.VolunteerCheckedIn;
import org.huzhu.protocol.payload.VolunteerCheckedOut;

/**
 * Volunteers checking in and out of today's tasks at the kiosk. The minutes worked are recorded at check-out but are
 * credit only once a staff member confirms them (at the counter), so until then they show as waiting. Blocking: call
 * from a worker thread. Thread-safe.
 */
public final class Volunteering {

    private final Database database;
    private final Recorder recorder;
    private final Clock clock;
    private final ZoneId zone;

    Volunteering(Database database, Recorder recorder, Clock clock, ZoneId zone) {
        this.database = database;
        this.recorder = recorder;
        this.clock = clock;
        this.zone = zone;
    }

    /** Today's tasks (in the kiosk's time zone) with {@code volunteer}'s attendance, earliest first. */
    public List<VolunteerTask> today(UUID volunteer) throws StorageException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return database.inTransaction(connection -> {
            List<VolunteerTask> tasks = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT t.id, t.title_zh, t.title_en, t.place_zh, t.place_en, t.starts_at, t.minutes,
                           s.checked_in_at, s.checked_out_at, s.minutes, c.minutes
                    FROM volunteer_task t
                    LEFT JOIN volunteer_session s ON s.task_id = t.id AND s.volunteer_id = ?1
                    LEFT JOIN confirmed_task c ON c.task_id = t.id AND c.volunteer_id = ?1
                    WHERE t.active = 1""")) {
                query.setString(1, volunteer.toString());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Instant startsAt = Instant.parse(rows.getString(6));
                        if (LocalDate.ofInstant(startsAt, zone).equals(today)) {
                            tasks.add(new VolunteerTask(UUID.fromString(rows.getString(1)), rows.getString(2),
                                    rows.getString(3), rows.getString(4), rows.getString(5), startsAt,
                                    rows.getInt(7), attendance(rows)));
                        }
                    }
                }
            }
            tasks.sort(java.util.Comparator.comparing(VolunteerTask::startsAt));
            return tasks;
        });
    }

    private static VolunteerTask.Attendance attendance(ResultSet row) throws SQLException {
        int confirmed = row.getInt(11);
        if (!row.wasNull()) {
            return new VolunteerTask.Confirmed(confirmed);
        }
        if (row.getString(9) != null) {
            return new VolunteerTask.WaitingForConfirmation(row.getInt(10));
        }
        String checkedIn = row.getString(8);
        return checkedIn == null ? new VolunteerTask.NotCheckedIn() : new VolunteerTask.CheckedIn(Instant.parse(checkedIn));
    }

    public void checkIn(Actor actor, UUID volunteer, UUID task) throws Refusal, StorageException {
        Instant now = clock.instant();
        recorder.record(actor, List.of(new Journal.Step(new VolunteerCheckedIn(volunteer, task),
                (connection, sequence) -> {
                    requireTask(connection, task);
                    try (PreparedStatement insert = connection.prepareStatement("""
                            INSERT INTO volunteer_session (task_id, volunteer_id, checked_in_at, in_sequence)
                            VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
                        insert.setString(1, task.toString());
                        insert.setString(2, volunteer.toString());
                        insert.setString(3, Times.sortable(now));
                        insert.setLong(4, sequence);
                        if (insert.executeUpdate() != 1) {
                            throw new RefusedChange(Refusal.Reason.ALREADY_CHECKED_IN, volunteer + " at " + task);
                        }
                    }
                })));
    }

    /**
     * Records the minutes since check-in (at least one, whole minutes rounded up): a staff member confirms or corrects
     * them later.
     *
     * @return the minutes recorded
     */
    public int checkOut(Actor actor, UUID volunteer, UUID task) throws Refusal, StorageException {
        Instant now = clock.instant();
        Instant checkedIn = database.inTransaction(connection -> checkedInAt(connection, volunteer, task))
                .orElseThrow(() -> new Refusal(Refusal.Reason.NOT_CHECKED_IN, volunteer + " at " + task));
        long seconds = Math.max(1, Duration.between(checkedIn, now).toSeconds());
        int minutes = (int) Math.min(24 * 60, (seconds + 59) / 60);
        recorder.record(actor, List.of(new Journal.Step(new VolunteerCheckedOut(volunteer, task, minutes),
                (connection, sequence) -> {
                    try (PreparedStatement update = connection.prepareStatement("""
                            UPDATE volunteer_session SET checked_out_at = ?, out_sequence = ?, minutes = ?
                            WHERE task_id = ? AND volunteer_id = ? AND checked_out_at IS NULL""")) {
                        update.setString(1, Times.sortable(now));
                        update.setLong(2, sequence);
                        update.setInt(3, minutes);
                        update.setString(4, task.toString());
                        update.setString(5, volunteer.toString());
                        if (update.executeUpdate() != 1) {
                            throw new RefusedChange(Refusal.Reason.NOT_CHECKED_IN, volunteer + " at " + task);
                        }
                    }
                })));
        return minutes;
    }

    private static java.util.Optional<Instant> checkedInAt(Connection connection, UUID volunteer, UUID task)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT checked_in_at FROM volunteer_session
                WHERE task_id = ? AND volunteer_id = ? AND checked_out_at IS NULL""")) {
            query.setString(1, task.toString());
            query.setString(2, volunteer.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? java.util.Optional.of(Instant.parse(row.getString(1))) : java.util.Optional.empty();
            }
        }
    }

    private static void requireTask(Connection connection, UUID task) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM volunteer_task WHERE id = ? AND active = 1")) {
            query.setString(1, task.toString());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new RefusedChange(Refusal.Reason.UNKNOWN_TASK, "no active task " + task);
                }
            }
        }
    }
}
