package org.huzhu.server.catalogue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.huzhu.protocol.payload.NoticePosted;
import org.huzhu.server.community.Notices;
import org.huzhu.server.store.Queries;

/**
 * One notice of the centre for a demo server (issue 12 part 7), so a newcomer sees what a notice looks like on the
 * kiosk's home screen before posting one at the counter: a week long from the day the server starts, added again
 * whenever no notice is shown today. Written straight into the table, as the demo catalogue is (no transaction
 * posted it: its transaction id is {@value #SEEDED}).
 */
public final class DemoNotices {

    static final String SEEDED = "demo-seed";
    private static final int DAYS_SHOWN = 7;

    private DemoNotices() {
    }

    /** Adds the demo notice unless one is shown on {@code today}; returns how many rows it added (0 or 1). */
    public static int topUp(Connection connection, Instant now, LocalDate today) throws SQLException {
        String date = today.toString();
        if (Queries.exists(connection, "SELECT 1 FROM notice WHERE active = 1 AND from_date <= ? AND until_date >= ?",
                date, date)) {
            return 0;
        }
        UUID id = UUID.nameUUIDFromBytes(("demo-notice@" + date).getBytes(StandardCharsets.UTF_8));
        if (Queries.exists(connection, "SELECT 1 FROM notice WHERE notice_id = ?", id.toString())) {
            return 0; // withdrawn today at the counter: the demo does not put it back
        }
        Notices.post(connection, new NoticePosted(id, "本周六上午社区服务中心有免费理发，欢迎预约。",
                "Free haircuts at the community centre this Saturday morning. Book at the kiosk.", today,
                today.plusDays(DAYS_SHOWN - 1)), SEEDED, now);
        return 1;
    }
}
