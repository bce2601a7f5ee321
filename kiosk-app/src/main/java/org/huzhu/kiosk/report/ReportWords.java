package org.huzhu.kiosk.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.huzhu.kiosk.i18n.Messages;

/**
 * Amounts, ratings and dates as a report reads them, in one language. Minutes use the kiosk's own {@code amount.*}
 * texts so a report words a balance exactly as the kiosk's screens do ("1 小时 30 分钟" / "1 h 30 min"). Thread-safe.
 */
final class ReportWords {

    static final String NONE = "—";

    private final Messages messages;

    ReportWords(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    String text(String key) {
        return messages.text(key);
    }

    String format(String key, Object... arguments) {
        return messages.format(key, arguments);
    }

    /** "1 小时 30 分钟" / "1 h 30 min"; a negative amount keeps its "-" in front. */
    String minutes(long minutes) {
        return messages.minutes(minutes);
    }

    /** Like {@link #minutes(long)} with a "+" on amounts that came in, for a statement's history. */
    String signedMinutes(long minutes) {
        return minutes > 0 ? "+" + minutes(minutes) : minutes(minutes);
    }

    /** "4.6（38 人评价）" / "4.6 from 38 ratings"; no ratings: "—". */
    String rating(int count, int starsTotal) {
        return count <= 0 ? NONE : format("report.rating", averageStars(count, starsTotal), count);
    }

    /** {@link Stars#average}, as the report's tests know it. */
    static String averageStars(int count, int starsTotal) {
        return Stars.average(count, starsTotal);
    }

    /** A table cell as a reader of the printed page reads it. */
    String cell(Cell cell) {
        return switch (cell) {
            case Cell.Text text -> text.value();
            case Cell.Lines lines -> lines.parts().isEmpty() ? NONE : String.join("\n", lines.parts());
            case Cell.Count count -> Long.toString(count.value());
            case Cell.Minutes minutes -> minutes.signed() ? signedMinutes(minutes.value()) : minutes(minutes.value());
            case Cell.Rating rating -> rating(rating.count(), rating.starsTotal());
            case Cell.Day day -> day(day.value());
            case Cell.Moment moment -> dateTime(moment.value());
            case Cell.None none -> NONE;
        };
    }

    /** A day in running text: "2026年12月3日" / "3 December 2026". */
    String longDay(LocalDate day) {
        return pattern("report.format.longDay", day);
    }

    /** A day in a narrow table column: "2026-12-03" / "3 Dec 2026". */
    String day(LocalDate day) {
        return pattern("report.format.day", day);
    }

    /** A day and time in a table column: "2026-12-03 14:05" / "3 Dec 2026, 14:05". */
    String dateTime(LocalDateTime time) {
        return pattern("report.format.dateTime", time);
    }

    /** A day and time in running text: "2026年12月3日 14:05" / "3 December 2026, 14:05". */
    String longDateTime(LocalDateTime time) {
        return pattern("report.format.longDateTime", time);
    }

    /** The report's title for its range: a whole month, one day, or any other range. */
    String title(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return format("report.title.day", longDay(from));
        }
        boolean wholeMonth = from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()));
        if (wholeMonth) {
            return format("report.title.month", pattern("report.format.month", from));
        }
        return format("report.title.range", longDay(from), longDay(to));
    }

    private String pattern(String key, TemporalAccessor value) {
        return DateTimeFormatter.ofPattern(messages.text(key), messages.language().locale()).format(value);
    }
}
