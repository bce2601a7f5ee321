package org.huzhu.kiosk.ui.resting;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import org.huzhu.kiosk.i18n.Messages;

/** "today at 14:00", "tomorrow at 08:00", "on Monday at 08:00" (within a week), in the messages' language. */
final class OpeningWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private OpeningWords() {
    }

    static String of(Messages messages, ZonedDateTime now, ZonedDateTime opening) {
        long days = ChronoUnit.DAYS.between(now.toLocalDate(), opening.toLocalDate());
        String time = TIME.format(opening);
        if (days == 0) {
            return messages.format("resting.opens.today", time);
        }
        if (days == 1) {
            return messages.format("resting.opens.tomorrow", time);
        }
        return messages.format("resting.opens.weekday", opening.getDayOfWeek().getDisplayName(TextStyle.FULL,
                messages.language().locale()), time);
    }
}
