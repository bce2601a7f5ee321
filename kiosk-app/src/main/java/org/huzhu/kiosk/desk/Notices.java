package org.huzhu.kiosk.desk;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.huzhu.kiosk.community.Notice;
import org.huzhu.kiosk.community.NoticeBoard;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.community.RefusedChange;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.payload.NoticePosted;
import org.huzhu.protocol.payload.NoticeWithdrawn;

/**
 * The centre's notices at the counter (issue 12 part 7): post one in both languages with its first and last day, or
 * withdraw one, each signed on the staff card as {@code notice.posted} / {@code notice.withdrawn}; in the same journal
 * transaction the notice is stored here as the snapshot stores it, so the list shows it at once (the kiosks show it
 * once the server has it and they have synced). Blocking: worker threads only. Thread-safe.
 */
public final class Notices {

    private final Database database;
    private final CounterRecorder recorder;
    private final NoticeBoard board;
    private final Clock clock;

    public Notices(Database database, CounterRecorder recorder, Clock clock) {
        this.database = database;
        this.recorder = recorder;
        this.board = new NoticeBoard(database, clock, clock.getZone());
        this.clock = clock;
    }

    /** Today in the station's zone: the first day a new notice is shown, unless staff choose a later one. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Notices whose last day has not passed, withdrawn ones included, the newest first. */
    public List<Notice> current() throws StorageException {
        return board.current();
    }

    /**
     * @param textZh the notice in Chinese, {@code textEn} in English: each 1..200 characters once trimmed
     * @throws Refusal nothing recorded: {@code NOTICE_TEXT}, {@code NOTICE_DATES} ({@code until} before {@code from}
     *     or before today), {@code STAFF_CARD_GONE} or {@code NOT_RECORDED}
     */
    public Notice post(StaffSession staff, String textZh, String textEn, LocalDate from, LocalDate until)
            throws Refusal {
        String zh = textZh.strip();
        String en = textEn.strip();
        if (!fits(zh) || !fits(en)) {
            throw new Refusal(Refusal.Reason.NOTICE_TEXT, "texts of " + zh.length() + " and " + en.length());
        }
        if (until.isBefore(from) || until.isBefore(today())) {
            throw new Refusal(Refusal.Reason.NOTICE_DATES, from + " to " + until);
        }
        UUID id = UUID.randomUUID();
        Notice notice = new Notice(id, zh, en, from, until, true, clock.instant());
        BusinessChange local = (connection, sequence) -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO notice (id, text_zh, text_en, from_date, until_date, active, posted_at)
                    VALUES (?, ?, ?, ?, ?, 1, ?)""")) {
                insert.setString(1, id.toString());
                insert.setString(2, zh);
                insert.setString(3, en);
                insert.setString(4, from.toString());
                insert.setString(5, until.toString());
                insert.setString(6, notice.postedAt().toString());
                insert.executeUpdate();
            }
        };
        recorder.record(staff, List.of(new Journal.Step(new NoticePosted(id, zh, en, from, until), local)));
        return notice;
    }

    /** @throws Refusal nothing recorded: {@code NOTICE_GONE}, {@code STAFF_CARD_GONE} or {@code NOT_RECORDED} */
    public void withdraw(StaffSession staff, UUID noticeId) throws Refusal {
        BusinessChange local = (connection, sequence) -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE notice SET active = 0 WHERE id = ? AND active = 1")) {
                update.setString(1, noticeId.toString());
                if (update.executeUpdate() != 1) {
                    throw new RefusedChange(Refusal.Reason.NOTICE_GONE, noticeId + " is not an active notice here");
                }
            }
        };
        recorder.record(staff, List.of(new Journal.Step(new NoticeWithdrawn(noticeId), local)));
    }

    private static boolean fits(String text) {
        return !text.isEmpty() && text.length() <= NoticePosted.MAX_TEXT;
    }
}
