package org.huzhu.kiosk.report;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.report.Column.Kind;
import org.huzhu.protocol.counter.Report;
import org.huzhu.protocol.counter.ResidentSummary;
import org.huzhu.protocol.counter.Statement;
import org.huzhu.protocol.counter.StatementEntry;

/**
 * The tables of a report and of a statement in one language, for every export format. Times are turned into local
 * days and times in the zone given (a report's: the server's zone it was counted in).
 */
final class ReportTables {

    private final ReportWords words;

    ReportTables(ReportWords words) {
        this.words = words;
    }

    ReportTable totals(Report report) {
        List<Column> columns = List.of(column("report.column.figure", Kind.TEXT, 3),
                column("report.column.minutes", Kind.MINUTES, 2));
        List<List<Cell>> rows = List.of(
                figure("report.totals.credited", report.creditedMinutes()),
                figure("report.totals.redeemed", report.redeemedMinutes()),
                figure("report.totals.transferred", report.transferredMinutes()),
                figure("report.totals.reversed", report.reversedMinutes()),
                figure("report.totals.ledgerSum", report.ledgerSumMinutes()));
        return new ReportTable(words.text("report.table.totals"), columns, rows);
    }

    ReportTable services(Report report) {
        boolean chinese = words.messages().language() == Language.ZH_CN;
        List<Column> columns = List.of(column("report.column.service", Kind.TEXT, 3),
                column("report.column.provider", Kind.TEXT, 3), column("report.column.booked", Kind.COUNT, 1.3f),
                column("report.column.cancelled", Kind.COUNT, 1.3f), column("report.column.rating", Kind.RATING, 2.6f));
        List<List<Cell>> rows = report.services().stream().map(service -> List.<Cell>of(
                text(inLanguage(chinese, service.nameZh(), service.nameEn())),
                text(inLanguage(chinese, service.providerZh(), service.providerEn())),
                new Cell.Count(service.booked()), new Cell.Count(service.cancelled()),
                new Cell.Rating(service.ratings(), service.starsTotal()))).toList();
        return new ReportTable(words.text("report.table.services"), columns, rows);
    }

    ReportTable volunteers(Report report) {
        List<Column> columns = List.of(column("report.column.memberNumber", Kind.TEXT, 1.5f),
                column("report.column.name", Kind.TEXT, 3), column("report.column.minutesServed", Kind.MINUTES, 2),
                column("report.column.rating", Kind.RATING, 2.6f));
        List<List<Cell>> rows = report.volunteers().stream().map(volunteer -> List.<Cell>of(
                text(volunteer.memberNumber()), text(volunteer.displayName()),
                new Cell.Minutes(volunteer.minutes(), false),
                new Cell.Rating(volunteer.ratings(), volunteer.starsTotal()))).toList();
        return new ReportTable(words.text("report.table.volunteers"), columns, rows);
    }

    ReportTable newResidents(Report report) {
        return residents(words.text("report.table.newResidents"), report.newResidents(), zoneOf(report));
    }

    ReportTable inactiveResidents(Report report) {
        return residents(words.format("report.table.inactiveResidents", report.inactiveDays()),
                report.inactiveResidents(), zoneOf(report));
    }

    /** A members list: number, name, balance, masked phone, when enrolled, last exchange, status. */
    ReportTable residents(String title, List<ResidentSummary> residents, ZoneId zone) {
        List<Column> columns = List.of(column("report.column.memberNumber", Kind.TEXT, 1.4f),
                column("report.column.name", Kind.TEXT, 2.3f), column("report.column.balance", Kind.MINUTES, 1.9f),
                column("report.column.phone", Kind.TEXT, 1.4f), column("report.column.enrolled", Kind.DAY, 1.7f),
                column("report.column.lastExchange", Kind.DAY, 1.7f), column("report.column.status", Kind.TEXT, 1));
        List<List<Cell>> rows = residents.stream().map(resident -> List.of(
                text(resident.memberNumber()), text(resident.displayName()),
                new Cell.Minutes(resident.balanceMinutes(), false), text(resident.phoneMasked()),
                day(resident.enrolledAt(), zone), day(resident.lastExchangeAt(), zone),
                text(status(resident.status())))).toList();
        return new ReportTable(title, columns, rows);
    }

    /** A statement's history as the resident reads it, newest first as the server sends it. */
    ReportTable history(Statement statement, ZoneId zone) {
        List<Column> columns = List.of(column("report.column.when", Kind.MOMENT, 2.2f),
                column("report.column.what", Kind.TEXT, 2.6f), column("report.column.minutes", Kind.MINUTES, 1.9f),
                column("report.column.note", Kind.TEXT, 3.3f));
        Function<StatementEntry, List<Cell>> row = entry -> List.of(
                new Cell.Moment(entry.createdAt().atZone(zone).toLocalDateTime()), text(whatHappened(entry)),
                new Cell.Minutes(entry.minutes(), true), new Cell.Lines(note(entry)));
        return new ReportTable(words.text("report.table.history"), columns,
                statement.entries().items().stream().map(row).toList());
    }

    /** The zone a report was counted in; an unknown zone id falls back to UTC rather than failing the export. */
    static ZoneId zoneOf(Report report) {
        try {
            return ZoneId.of(report.zone());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC; // the PDF prints the zone it used, so the fallback is visible
        }
    }

    private String whatHappened(StatementEntry entry) {
        return switch (entry.type()) {
            case "service.confirmed" -> words.text("report.entry.serviceConfirmed");
            case "hours.redeemed" -> words.text("report.entry.hoursRedeemed");
            case "hours.transferred" -> words.text(entry.minutes() >= 0 ? "report.entry.transferIn"
                    : "report.entry.transferOut");
            case "transaction.reversed" -> words.text("report.entry.reversal");
            case "booking.cancelled" -> words.text("report.entry.bookingCancelled");
            case "booking.created" -> words.text("report.entry.bookingCreated");
            // a link ended or changed (issue 12 part 2)
            case "family.unlinked" -> words.text("report.entry.familyUnlinked");
            case "family.permissions-set" -> words.text("report.entry.familyRights");
            // the closed account's own entry, or what a family member received from it
            case "resident.closed" -> entry.minutes() > 0 && entry.counterpartyId() != null
                    ? words.text("report.entry.fromClosedAccount")
                    : words.format("report.entry.accountClosed", words.text("counter.statement.closedWhy."
                            + entry.reason()));
            default -> entry.type();
        };
    }

    /** Corrections in plain words: a reversed entry and its reversal both stay, each saying what it is. */
    private List<String> note(StatementEntry entry) {
        List<String> parts = new ArrayList<>();
        if (entry.reversedBy() != null) {
            parts.add(words.text("report.note.reversed"));
        }
        if (entry.reverses() != null) {
            parts.add(words.text("report.note.reversal"));
        }
        if (!entry.reason().isBlank() && !"resident.closed".equals(entry.type())) { // a closing's reason is a code
            parts.add(words.format("report.note.reason", entry.reason().strip()));
        }
        return parts;
    }

    private String status(String status) {
        return switch (status) {
            case "active" -> words.text("report.status.active");
            case "closed" -> words.text("report.status.closed");
            default -> status;
        };
    }

    private List<Cell> figure(String labelKey, long minutes) {
        return List.of(text(words.text(labelKey)), new Cell.Minutes(minutes, false));
    }

    private Column column(String headerKey, Kind kind, float widthShare) {
        return new Column(words.text(headerKey), kind, widthShare);
    }

    private static Cell text(String value) {
        return value == null || value.isEmpty() ? new Cell.None() : new Cell.Text(value);
    }

    private static Cell day(Instant instant, ZoneId zone) {
        return instant == null ? new Cell.None() : new Cell.Day(instant.atZone(zone).toLocalDate());
    }

    private static String inLanguage(boolean chinese, String zh, String en) {
        String preferred = chinese ? zh : en;
        return preferred == null || preferred.isBlank() ? (chinese ? en : zh) : preferred;
    }
}
