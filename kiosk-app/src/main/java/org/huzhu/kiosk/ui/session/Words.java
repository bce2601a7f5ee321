package org.huzhu.kiosk.ui.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.i18n.Messages;

/** Amounts, times and refusals in the plain words a resident reads, in the current language. */
public final class Words {

    private Words() {
    }

    /** "¥5.00" in either language; zero is "free". */
    public static String money(Messages messages, long fen) {
        return fen == 0 ? messages.text("amount.free") : messages.format("amount.money", fen / 100, fen % 100);
    }

    /** What a service costs: minutes, money, both ("30 分钟 + ¥5.00"), or free. */
    public static String cost(Messages messages, int costMinutes, long costFen) {
        if (costMinutes == 0 && costFen == 0) {
            return messages.text("amount.free");
        }
        if (costFen == 0) {
            return messages.minutes(costMinutes);
        }
        return costMinutes == 0 ? money(messages, costFen)
                : messages.minutes(costMinutes) + " + " + money(messages, costFen);
    }

    /** Day and time, e.g. "11月24日 星期二 09:00". */
    public static String when(Messages messages, Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern(messages.text("format.dateTime"), messages.language().locale())
                .format(instant.atZone(zone));
    }

    /** A day without the time, e.g. "11月24日 星期二". */
    public static String day(Messages messages, Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern(messages.text("format.day"), messages.language().locale())
                .format(instant.atZone(zone));
    }

    /** A day in few letters, for a row of days to choose from, e.g. "11月24日 周二". */
    public static String shortDay(Messages messages, LocalDate day) {
        return DateTimeFormatter.ofPattern(messages.text("format.shortDay"), messages.language().locale()).format(day);
    }

    /** A day with its year, for the end of an aid order, e.g. "2027年3月12日" / "12 March 2027". */
    public static String longDay(Messages messages, LocalDate day) {
        return DateTimeFormatter.ofPattern(messages.text("format.longDay"), messages.language().locale()).format(day);
    }

    public static String time(Messages messages, Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern(messages.text("format.time"), messages.language().locale())
                .format(instant.atZone(zone));
    }

    /** What went wrong and what to do next, for any failure of a resident's action. */
    public static String problem(Messages messages, Exception failure) {
        Refusal.Reason reason = failure instanceof Refusal refusal ? refusal.reason() : Refusal.Reason.NOT_RECORDED;
        return messages.text("refusal." + reason.key());
    }
}
