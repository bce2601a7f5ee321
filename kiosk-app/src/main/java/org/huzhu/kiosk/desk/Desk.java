package org.huzhu.kiosk.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.huzhu.kiosk.community.Community;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.residents.Residents;

/**
 * The counter's services for one run, all recording through one {@link CounterRecorder}.
 *
 * @param files       a resident's file: name, masked card, balance, family
 * @param enrolment   enrol a resident with their social-security card
 * @param family      link two residents as family
 * @param cards       replace a resident's lost card
 * @param corrections a resident's statement: reverse an entry, follow the reversal, print it
 * @param notices     post and withdraw the centre's notices
 * @param volunteers  confirm, rate or mark absent volunteers' sessions
 * @param bookings    book a service for a resident, past the offline limit with a reason
 * @param closing     close a resident's account (moved away, died)
 * @param aid         record a resident's application for aid from a charity (issue 13)
 * @param faces       enrol and delete a resident's face (issue 14)
 */
public record Desk(ResidentFiles files, Enrolment enrolment, FamilyLinking family, CardReplacement cards,
        Corrections corrections, Notices notices, VolunteerWork volunteers, CounterBooking bookings,
        AccountClosing closing, AidApplying aid, FaceEnrolment faces) {

    public Desk {
        Objects.requireNonNull(files);
        Objects.requireNonNull(enrolment);
        Objects.requireNonNull(family);
        Objects.requireNonNull(cards);
        Objects.requireNonNull(corrections);
        Objects.requireNonNull(notices);
        Objects.requireNonNull(volunteers);
        Objects.requireNonNull(bookings);
        Objects.requireNonNull(closing);
        Objects.requireNonNull(aid);
        Objects.requireNonNull(faces);
    }

    /**
     * @param recorded called after every recorded counter action (the background sync's nudge)
     * @param exports  where statements are saved (ADR 0014: in the data folder)
     */
    public static Desk open(OpenJournal journal, Residents residents, Community community, Clock clock,
            Runnable recorded, Path exports) {
        CounterRecorder recorder = new CounterRecorder(journal.journal(), recorded);
        return new Desk(new ResidentFiles(residents, community.timeBank()), new Enrolment(residents, recorder, clock),
                new FamilyLinking(journal.database(), recorder), new CardReplacement(residents, recorder),
                new Corrections(journal.database(), recorder, clock, exports),
                new Notices(journal.database(), recorder, clock), new VolunteerWork(journal.database(), recorder),
                new CounterBooking(community.catalogue(), community.bookings(), recorder),
                new AccountClosing(residents, community.bookings(), recorder, clock), new AidApplying(recorder, new AidDocumentOutbox(exports.resolveSibling("aid-documents"))),
                new FaceEnrolment(recorder, journal.database()));
    }
}
