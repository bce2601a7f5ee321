package org.huzhu.server.counter;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.VolunteerSession;

/**
 * {@code GET /v1/counter/volunteer-sessions}: volunteers' sessions across every kiosk, newest first, with the task
 * from the server's task list and the staff rating (0 without one). A session no longer waiting and not confirmed was marked a no-show: nothing else
 * settles one. Index {@code counter_volunteer_session_waiting} (or {@code _listed} for all) gives both the order and
 * the count. Stateless.
 */
final class VolunteerSessionList {

    private static final String FROM = """
            FROM counter_volunteer_session s
            JOIN volunteer_task t ON t.task_id = s.task_id
            LEFT JOIN counter_resident r ON r.resident_id = s.volunteer_id
            LEFT JOIN confirmed_task c ON c.task_id = s.task_id AND c.volunteer_id = s.volunteer_id
            LEFT JOIN volunteer_rating g ON g.task_id = s.task_id AND g.volunteer_id = s.volunteer_id
            """;
    private static final String SELECT = """
            SELECT s.task_id, s.volunteer_id, r.display_name, r.member_number, t.title_zh, t.title_en, t.starts_at,
                   t.minutes, s.checked_in_ms, s.checked_out_ms, s.checked_out_minutes, s.waiting, c.minutes,
                   s.kiosk_id, g.stars
            """ + FROM;
    private static final String ORDER = " ORDER BY s.listed_at_ms DESC, s.task_id DESC, s.volunteer_id DESC";

    private VolunteerSessionList() {
    }

    /** @param waitingOnly only sessions neither confirmed nor marked a no-show */
    static Page<VolunteerSession> page(Connection connection, boolean waitingOnly, Paging paging)
            throws SQLException {
        String where = waitingOnly ? "WHERE s.waiting = 1" : "";
        return Rows.page(connection, SELECT + where + ORDER,
                "SELECT COUNT(*) FROM counter_volunteer_session s " + where, 0, query -> { }, paging,
                VolunteerSessionList::read);
    }

    private static VolunteerSession read(ResultSet row) throws SQLException {
        Long confirmedMinutes = Rows.nullableLong(row, 13);
        String status = confirmedMinutes != null ? VolunteerSession.CONFIRMED
                : row.getInt(12) == 0 ? VolunteerSession.NO_SHOW
                : Rows.nullableLong(row, 10) != null ? VolunteerSession.CHECKED_OUT : VolunteerSession.CHECKED_IN;
        return new VolunteerSession(row.getString(1), row.getString(2), Rows.textOrEmpty(row, 3),
                MemberNumbers.formatOrEmpty(Rows.nullableLong(row, 4)), row.getString(5), row.getString(6),
                Instant.parse(row.getString(7)), row.getInt(8), Rows.nullableInstant(row, 9),
                Rows.nullableInstant(row, 10), (int) row.getLong(11), status,
                confirmedMinutes == null ? 0 : confirmedMinutes.intValue(), row.getInt(15), row.getString(14));
    }
}
