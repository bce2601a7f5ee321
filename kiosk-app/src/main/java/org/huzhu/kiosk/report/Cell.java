package org.huzhu.kiosk.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One value of a report table. The value keeps its type so each export words it for its reader: the PDF in words
 * ("1 小时 30 分钟"), the CSV as numbers and ISO dates a spreadsheet can add up and sort.
 */
sealed interface Cell {

    /** Text as given (names, services, notes); the CSV guards it against formula injection. */
    record Text(String value) implements Cell {
    }

    /** Several short texts (a note's parts): one per line in the PDF, joined by "；" / "; " in the CSV. */
    record Lines(List<String> parts) implements Cell {

        public Lines {
            parts = List.copyOf(parts);
        }
    }

    /** A count of things (bookings). */
    record Count(long value) implements Cell {
    }

    /** Whole minutes; {@code signed} shows a "+" on amounts that came in (a statement's history). */
    record Minutes(long value, boolean signed) implements Cell {
    }

    /** How many ratings and their stars in total; the average is shown, never stored. */
    record Rating(int count, int starsTotal) implements Cell {
    }

    record Day(LocalDate value) implements Cell {
    }

    record Moment(LocalDateTime value) implements Cell {
    }

    /** No value (a resident who never exchanged): "—" in the PDF, an empty CSV field. */
    record None() implements Cell {
    }
}
