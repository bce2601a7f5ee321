package org.huzhu.kiosk.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.community.RefusedChange;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.counter.VolunteerSession;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.VolunteerNoShow;
import org.huzhu.protocol.payload.VolunteerRated;

/**
 * Volunteer work at the counter: staff confirm a volunteer's minutes for a task ({@code service.confirmed}, with a
 * rating {@code volunteer.rated} in the same record when they give one), mark a volunteer who did not come
 * ({@code volunteer.no-show}), or confirm every checked-out volunteer of one activity at once, all or none. Every
 * record is signed on the staff card through {@link CounterRecorder}.
 *
 * <p>The minutes: they default to what the volunteer's check-outs show ({@link #defaultMinutes}); staff may change
 * them to anything from 1 to the longer of the task's length and the checked duration plus
 * {@value #LEEWAY_MINUTES} minutes ({@link #maxMinutes}): a volunteer who stayed on is covered, a slip of the keyboard
 * (900 for 90) is not. Minutes that differ from the checked duration need a reason, so the server's
 * {@code minutes-exceed-attendance} rule never refuses what the counter let through, and fewer minutes are explained
 * too. Both are checked before the staff card signs anything.
 *
 * <p>A session is settled once: a confirmation, or a no-show, recorded at this counter and not rejected by the server
 * refuses a second one ({@code ALREADY_SETTLED}), checked again inside the journal transaction so two quick presses
 * cannot both record. (A no-show may still be followed by a confirmation: the correction the server allows.)
 * Blocking (card, disk): worker threads only. Thread-safe.
 */
public final class VolunteerWork {

    /** How many minutes above the task's length (or the checked duration, if longer) staff may confirm. */
    public static final int LEEWAY_MINUTES = 60;
    /** The fewest minutes a confirmation credits. */
    public static final int MIN_MINUTES = 1;

    private final Database database;
    private final CounterRecorder recorder;

    public VolunteerWork(Database database, CounterRecorder recorder) {
        this.database = database;
        this.recorder = recorder;
    }

    /** Staff's rating of a volunteer's work: 1 (poor) .. 5 (excellent) stars and an optional note. */
    public record Rating(int stars, String note) {

        public Rating {
            if (stars < VolunteerRated.MIN_STARS || stars > VolunteerRated.MAX_STARS) {
                throw new IllegalArgumentException("stars must be 1..5: " + stars);
            }
            note = note.strip();
        }
    }

    /** What staff decided for one volunteer's session: the minutes, why they differ (or ""), and a rating. */
    public record Confirmation(VolunteerSession session, int minutes, String reason, Optional<Rating> rating) {

        public Confirmation {
            Objects.requireNonNull(session);
            reason = reason.strip();
            Objects.requireNonNull(rating);
        }
    }

    /** The minutes a confirmation starts from: the checked duration, or the task's length without a check-out. */
    public static int defaultMinutes(VolunteerSession session) {
        return session.checkedOutMinutes() > 0 ? session.checkedOutMinutes() : session.taskMinutes();
    }

    /** The most minutes staff may confirm for {@code session}. */
    public static int maxMinutes(VolunteerSession session) {
        return Math.max(session.taskMinutes(), session.checkedOutMinutes()) + LEEWAY_MINUTES;
    }

    /** Whether confirming {@code minutes} for {@code session} needs a reason: they are not what was checked. */
    public static boolean needsReason(VolunteerSession session, int minutes) {
        return minutes != session.checkedOutMinutes();
    }

    /** Whether {@code session} may be confirmed in a batch of its activity: checked out, nothing settled yet. */
    public static boolean batchable(VolunteerSession session) {
        return VolunteerSession.CHECKED_OUT.equals(session.status()) && session.checkedOutMinutes() >= MIN_MINUTES;
    }

    /**
     * Confirms one volunteer's minutes, and rates them in the same record if {@code confirmation} has a rating.
     *
     * @throws Refusal nothing recorded: {@code MINUTES_OUT_OF_RANGE}, {@code REASON_REQUIRED},
     *     {@code ALREADY_SETTLED}, {@code STAFF_CARD_GONE} or {@code NOT_RECORDED}
     */
    public void confirm(StaffSession staff, Confirmation confirmation) throws Refusal {
        check(confirmation);
        recorder.record(staff, confirmationSteps(staff, confirmation));
    }

    /**
     * Confirms every session of {@code activity} at its checked duration, in one record: one step per volunteer, all
     * or none.
     *
     * @param activity the checked-out sessions of one task
     * @throws Refusal nothing recorded: {@code ALREADY_SETTLED} (a session not checked out, or settled here
     *     already), {@code STAFF_CARD_GONE} or {@code NOT_RECORDED}
     * @throws IllegalArgumentException if {@code activity} is empty or spans more than one task
     */
    public void confirmActivity(StaffSession staff, List<VolunteerSession> activity) throws Refusal {
        if (activity.isEmpty() || activity.stream().map(VolunteerSession::taskId).distinct().count() != 1) {
            throw new IllegalArgumentException("an activity is one task's sessions, at least one");
        }
        List<Journal.Step> steps = new ArrayList<>();
        for (VolunteerSession session : activity) {
            if (!batchable(session)) {
                throw new Refusal(Refusal.Reason.ALREADY_SETTLED, session.volunteerId() + " is " + session.status());
            }
            Confirmation confirmation = new Confirmation(session, session.checkedOutMinutes(), "", Optional.empty());
            steps.addAll(confirmationSteps(staff, confirmation));
        }
        recorder.record(staff, steps);
    }

    /**
     * Marks a volunteer as not having come to the task.
     *
     * @param reason what staff note, or ""
     * @throws Refusal nothing recorded: {@code ALREADY_SETTLED} (confirmed, or marked before), {@code STAFF_CARD_GONE}
     *     or {@code NOT_RECORDED}
     */
    public void noShow(StaffSession staff, VolunteerSession session, String reason) throws Refusal {
        if (VolunteerSession.CONFIRMED.equals(session.status()) || VolunteerSession.NO_SHOW.equals(session.status())) {
            throw new Refusal(Refusal.Reason.ALREADY_SETTLED, session.volunteerId() + " is " + session.status());
        }
        SettledHere.Pair pair = SettledHere.Pair.of(session);
        BusinessChange settleOnce = (connection, sequence) -> {
            if (SettledHere.read(connection).containsKey(pair)) {
                throw new RefusedChange(Refusal.Reason.ALREADY_SETTLED, pair + " was settled here already");
            }
        };
        recorder.record(staff, List.of(new Journal.Step(new VolunteerNoShow(pair.taskId(), pair.volunteerId(),
                reason.strip()), settleOnce)));
    }

    /** What this counter recorded (and the server did not reject), by task and volunteer. */
    public Map<SettledHere.Pair, SettledHere.Settled> settledHere() throws StorageException {
        return database.inTransaction(SettledHere::read);
    }

    private static void check(Confirmation confirmation) throws Refusal {
        VolunteerSession session = confirmation.session();
        if (VolunteerSession.CONFIRMED.equals(session.status())) {
            throw new Refusal(Refusal.Reason.ALREADY_SETTLED, session.volunteerId() + " is confirmed");
        }
        int minutes = confirmation.minutes();
        if (minutes < MIN_MINUTES || minutes > maxMinutes(session)) {
            throw new Refusal(Refusal.Reason.MINUTES_OUT_OF_RANGE, minutes + " is not within " + MIN_MINUTES + ".."
                    + maxMinutes(session));
        }
        if (needsReason(session, minutes) && confirmation.reason().isEmpty()) {
            throw new Refusal(Refusal.Reason.REASON_REQUIRED, minutes + " differs from the checked "
                    + session.checkedOutMinutes());
        }
    }

    /** The confirmation, refused inside the journal transaction if settled here already, and its rating. */
    private static List<Journal.Step> confirmationSteps(StaffSession staff, Confirmation confirmation) {
        SettledHere.Pair pair = SettledHere.Pair.of(confirmation.session());
        BusinessChange confirmOnce = (connection, sequence) -> {
            if (SettledHere.read(connection).get(pair) == SettledHere.Settled.CONFIRMED) {
                throw new RefusedChange(Refusal.Reason.ALREADY_SETTLED, pair + " was confirmed here already");
            }
        };
        List<Journal.Step> steps = new ArrayList<>();
        steps.add(new Journal.Step(new ServiceConfirmed(pair.taskId(), pair.volunteerId(), confirmation.minutes(),
                staffId(staff), confirmation.reason()), confirmOnce));
        confirmation.rating().ifPresent(rating -> steps.add(new Journal.Step(new VolunteerRated(pair.taskId(),
                pair.volunteerId(), rating.stars(), rating.note()), BusinessChange.NONE)));
        return steps;
    }

    /** The staff id the server gives the card's holder: "ST-" and their key name's first 16 digits (StaffRegistry). */
    static String staffId(StaffSession staff) {
        return "ST-" + staff.keyFingerprint().substring(0, 16);
    }
}
