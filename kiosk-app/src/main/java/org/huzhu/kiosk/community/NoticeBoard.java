package org.huzhu.kiosk.community;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;

/**
 * The centre's notices as this station knows them (the snapshot's, and those posted at this counter): what the home
 * screen shows today, and every notice not yet over, for the counter. Blocking: call from a worker thread.
 * Thread-safe.
 */
public final class NoticeBoard {

    private final Database database;
    private final Clock clock;
    private final ZoneId zone;

    public NoticeBoard(Database database, Clock clock, ZoneId zone) {
        this.database = database;
        this.clock = clock;
        this.zone = zone;
    }

    /** The notices shown today, the newest first. */
    public List<Notice> today() throws StorageException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return notOver(false).stream().filter(notice -> notice.shownOn(today)).toList();
    }

    /** Notices whose last day has not passed, withdrawn ones included (the counter shows them as such). */
    public List<Notice> current() throws StorageException {
        return notOver(true);
    }

    /** Every notice with its last day today or later, the newest first; {@code withdrawn}: those too. */
    private List<Notice> notOver(boolean withdrawn) throws StorageException {
        String today = LocalDate.ofInstant(clock.instant(), zone).toString();
        List<Notice> notices = database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT id, text_zh, text_en, from_date, until_date, active, posted_at FROM notice
                    WHERE until_date >= ? AND (active = 1 OR ?)""")) {
                query.setString(1, today);
                query.setBoolean(2, withdrawn);
                List<Notice> rows = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        rows.add(new Notice(UUID.fromString(row.getString(1)), row.getString(2), row.getString(3),
                                LocalDate.parse(row.getString(4)), LocalDate.parse(row.getString(5)),
                                row.getInt(6) == 1, Instant.parse(row.getString(7))));
                    }
                }
                return rows;
            }
        });
        return notices.stream().sorted(Comparator.comparing(Notice::postedAt).reversed()
                .thenComparing(Notice::id)).toList();
    }
}
