package org.huzhu.kiosk.community;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants stored as fixed-width UTC text, so SQL can compare them as strings ({@link Instant#toString} varies). */
final class Times {

    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String sortable(Instant instant) {
        return SORTABLE.format(instant);
    }
}
