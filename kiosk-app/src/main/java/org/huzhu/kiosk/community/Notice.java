package org.huzhu.kiosk.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.huzhu.kiosk.i18n.Language;

/**
 * One of the centre's notices (issue 12 part 7): short text in both languages, shown on the home screen from
 * {@code from} to {@code until}, both included, unless withdrawn.
 *
 * @param postedAt when staff posted it: notices are listed the newest first
 */
public record Notice(UUID id, String textZh, String textEn, LocalDate from, LocalDate until, boolean active,
        Instant postedAt) {

    public String text(Language language) {
        return language == Language.ZH_CN ? textZh : textEn;
    }

    /** Whether the home screen shows it on {@code day}. */
    public boolean shownOn(LocalDate day) {
        return active && !day.isBefore(from) && !day.isAfter(until);
    }
}
