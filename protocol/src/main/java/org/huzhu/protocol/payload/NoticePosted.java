package org.huzhu.protocol.payload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The centre's short notice for its kiosks' home screens (issue 12, "the centre's notices"), in both languages, shown
 * from {@code fromDate} to {@code untilDate}, both included, in the community's time zone. Staff only; the server
 * refuses an {@code untilDate} before {@code fromDate} and a {@code noticeId} posted before (docs/protocol.md §7).
 *
 * @param textZh 1..200 characters in Chinese
 * @param textEn 1..200 characters in English
 */
public record NoticePosted(UUID noticeId, String textZh, String textEn, LocalDate fromDate, LocalDate untilDate)
        implements Payload {

    /** Short enough to read on a kiosk's home screen, and aloud, in a breath or two. */
    public static final int MAX_TEXT = Checks.MAX_TEXT;

    public NoticePosted {
        Checks.present("noticeId", noticeId);
        Checks.text("textZh", textZh);
        Checks.text("textEn", textEn);
        Checks.present("fromDate", fromDate);
        Checks.present("untilDate", untilDate);
    }
}
