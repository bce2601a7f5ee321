package org.huzhu.kiosk.ui.counter.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.huzhu.kiosk.ui.counter.kit.Sentence;

/**
 * The days a report covers, as staff pick them: one day, the whole month of a day, or a range of days (both ends
 * included). The server counts whole days in its own time zone and takes at most 366 of them (protocol §11).
 * Immutable.
 */
record ReportPeriod(LocalDate from, LocalDate to) {

    /** The longest range the server answers. */
    static final int MAX_DAYS = 366;
    /** The bounds of "inactive after N days" the server takes. */
    static final int MIN_INACTIVE_DAYS = 1;
    static final int MAX_INACTIVE_DAYS = 3650;

    /** How staff pick the days. */
    enum Kind {
        DAY("day"), MONTH("month"), RANGE("range");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The suffix of the toggle's id and of its message key. */
        String id() {
            return id;
        }
    }

    /** The period {@code kind} makes of the picked days ({@code last} only counts for a range). */
    static ReportPeriod of(Kind kind, LocalDate first, LocalDate last) {
        return switch (kind) {
            case DAY -> new ReportPeriod(first, first);
            case MONTH -> new ReportPeriod(first.withDayOfMonth(1), first.withDayOfMonth(first.lengthOfMonth()));
            case RANGE -> new ReportPeriod(first, last);
        };
    }

    /** Why the server would refuse this period, in words for staff; empty when it is fine. */
    Optional<Sentence> problem() {
        if (to.isBefore(from)) {
            return Optional.of(Sentence.of("counter.reports.problem.endBeforeStart"));
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            return Optional.of(Sentence.of("counter.reports.problem.tooLong", MAX_DAYS));
        }
        return Optional.empty();
    }

    /** "Inactive after N days" as typed, if it is a whole number the server takes. */
    static Optional<Integer> inactiveDays(String typed) {
        String digits = typed.strip();
        if (!digits.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int days = Integer.parseInt(digits);
        return days >= MIN_INACTIVE_DAYS && days <= MAX_INACTIVE_DAYS ? Optional.of(days) : Optional.empty();
    }
}
