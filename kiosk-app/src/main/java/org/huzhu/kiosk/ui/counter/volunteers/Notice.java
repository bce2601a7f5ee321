package org.huzhu.kiosk.ui.counter.volunteers;

import java.util.List;
import org.huzhu.protocol.counter.VolunteerSession;

/**
 * What was just recorded, kept as the sessions rather than as words, so the list says it in either language (the
 * task's title has one of each).
 */
record Notice(Kind kind, List<VolunteerSession> sessions, int minutes) {

    enum Kind {
        CONFIRMED, NO_SHOW, ACTIVITY
    }

    Notice {
        sessions = List.copyOf(sessions);
    }
}
