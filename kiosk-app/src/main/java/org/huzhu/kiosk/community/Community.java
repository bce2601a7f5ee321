package org.huzhu.kiosk.community;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.huzhu.kiosk.journal.OpenJournal;

/**
 * What residents do at the kiosk (issue 6), over the journal: every confirmed action is a signed transaction whose
 * local effect commits with it. One instance per kiosk run.
 *
 * @param cancelCutoff how long before its start a booking can still be cancelled at the kiosk
 * @param recorded     called after each recorded action (the background sync's nudge)
 */
public record Community(Catalogue catalogue, Bookings bookings, TimeBank timeBank, Volunteering volunteering,
        Deliveries deliveries,
        // residents' voice and the centre's notices (issue 12 part 7)
        Voice voice, NoticeBoard notices,
        // charities' aid orders, shown to the resident they are for (issue 13 part 6)
        Aid aid) {

    public static Community open(OpenJournal journal, Clock clock, ZoneId zone, Duration cancelCutoff,
            Runnable recorded) {
        Recorder recorder = new Recorder(journal.journal(), recorded);
        TimeBank timeBank = new TimeBank(journal.database(), recorder, clock);
        Bookings bookings = new Bookings(journal.database(), recorder, timeBank, clock, cancelCutoff);
        return new Community(new Catalogue(journal.database(), clock), bookings, timeBank,
                new Volunteering(journal.database(), recorder, clock, zone), new Deliveries(journal.database()),
                new Voice(journal.database(), recorder, bookings, clock),
                new NoticeBoard(journal.database(), clock, zone), new Aid(journal.database(), clock));
    }
}
