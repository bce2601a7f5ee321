package org.huzhu.kiosk.ui.counter.reports;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.report.Stars;
import org.huzhu.protocol.counter.Report;
import org.huzhu.protocol.counter.ResidentSummary;

/**
 * A report's tables as the screen words them in one language: ratings as "4.6 from 38 residents" or "no ratings
 * yet", amounts as the kiosk words them, days in the zone the server counted in.
 */
final class ReportRows {

    /** A table: its columns and every row (the view pages them). */
    record Table(List<ReportGrid.Column> columns, List<List<String>> rows) {
    }

    private final Messages messages;
    private final Report report;
    private final ZoneId zone;

    ReportRows(Messages messages, Report report) {
        this.messages = messages;
        this.report = report;
        this.zone = zoneOf(report);
    }

    /** Each service over two lines (its name, then who provides it), its bookings and cancellations likewise. */
    Table services() {
        boolean chinese = messages.language() == Language.ZH_CN;
        return new Table(List.of(text("counter.reports.column.service"), amount("counter.reports.column.bookings"),
                text("counter.reports.column.rating")),
                report.services().stream().map(service -> List.of(
                        inLanguage(chinese, service.nameZh(), service.nameEn()) + "\n"
                                + inLanguage(chinese, service.providerZh(), service.providerEn()),
                        messages.format("counter.reports.bookings", service.booked(), service.cancelled()),
                        rating(service.ratings(), service.starsTotal(), "counter.reports.rating.residents"))).toList());
    }

    Table volunteers() {
        return new Table(List.of(text("counter.reports.column.member"), text("counter.reports.column.name"),
                amount("counter.reports.column.served"), text("counter.reports.column.rating")),
                report.volunteers().stream().map(volunteer -> List.of(orDash(volunteer.memberNumber()),
                        orDash(volunteer.displayName()), messages.minutes(volunteer.minutes()),
                        rating(volunteer.ratings(), volunteer.starsTotal(), "counter.reports.rating.staff"))).toList());
    }

    Table residents(List<ResidentSummary> residents) {
        return new Table(List.of(text("counter.reports.column.member"), text("counter.reports.column.name"),
                amount("counter.reports.column.balance"), text("counter.reports.column.enrolled"),
                text("counter.reports.column.lastExchange")),
                residents.stream().map(resident -> List.of(resident.memberNumber(), resident.displayName(),
                        messages.minutes(resident.balanceMinutes()), day(resident.enrolledAt()),
                        resident.lastExchangeAt() == null ? messages.text("counter.reports.never")
                                : day(resident.lastExchangeAt()))).toList());
    }

    /** The zone's id as the server named it, or UTC when it is not one Java knows (the screen says which). */
    static ZoneId zoneOf(Report report) {
        try {
            return ZoneId.of(report.zone());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private String rating(int count, int starsTotal, String key) {
        return count <= 0 ? messages.text("counter.reports.noRatings")
                : messages.format(key, Stars.average(count, starsTotal), count);
    }

    private String day(Instant instant) {
        return day(messages, instant.atZone(zone).toLocalDate());
    }

    /** A day in a table or a heading: "2026-11-23" / "23 Nov 2026", as the exports write it. */
    static String day(Messages messages, LocalDate day) {
        return pattern(messages, "report.format.day", day);
    }

    /** The report's heading: a day's, a month's or a range's, in the exports' words. */
    static String heading(Messages messages, LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return messages.format("report.title.day", pattern(messages, "report.format.longDay", from));
        }
        if (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
            return messages.format("report.title.month", pattern(messages, "report.format.month", from));
        }
        return messages.format("report.title.range", pattern(messages, "report.format.longDay", from),
                pattern(messages, "report.format.longDay", to));
    }

    private static String pattern(Messages messages, String key, LocalDate day) {
        return DateTimeFormatter.ofPattern(messages.text(key), messages.language().locale()).format(day);
    }

    private ReportGrid.Column text(String key) {
        return new ReportGrid.Column(messages.text(key), false);
    }

    private ReportGrid.Column amount(String key) {
        return new ReportGrid.Column(messages.text(key), true);
    }

    private static String orDash(String value) {
        return value.isBlank() ? "—" : value;
    }

    private static String inLanguage(boolean chinese, String zh, String en) {
        String preferred = chinese ? zh : en;
        return preferred.isBlank() ? (chinese ? en : zh) : preferred;
    }
}
