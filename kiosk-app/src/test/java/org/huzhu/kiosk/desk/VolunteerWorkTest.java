package org.huzhu.kiosk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.ui.TestCommunity;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.counter.VolunteerSession;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.VolunteerNoShow;
import org.huzhu.protocol.payload.VolunteerRated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Volunteer work at the demo counter: its real SQLite journal, the demo staff card signing through the real reader
 * service, and the demo kiosk's embedded server on loopback, which lists the demo's seeded check-ins and check-outs
 * and judges what the counter records.
 */
class VolunteerWorkTest extends SignedInCounterTest {

    private static final String KITCHEN = "Help in the canteen kitchen";
    private static final String ACTIVITY_ROOM = "Tidy the activity room";
    private static final String COMPANY = "Keep an elderly neighbour company";

    private VolunteerWork work;

    @BeforeEach
    void open() {
        work = counter.counterContext().desk().volunteers();
    }

    @Test
    void theServerListsTheDemosCheckInsAndCheckOutsWithTheMinutesTheyImply() throws Exception {
        List<VolunteerSession> waiting = server.volunteerSessions(staff, true, 0, 50).items();

        assertThat(waiting).extracting(VolunteerSession::displayName, VolunteerSession::titleEn,
                VolunteerSession::status, VolunteerSession::checkedOutMinutes).containsExactlyInAnyOrder(
                        tuple("王秀英", KITCHEN, VolunteerSession.CHECKED_OUT, 95),
                        tuple("李建国", KITCHEN, VolunteerSession.CHECKED_OUT, 90),
                        tuple("王秀英", ACTIVITY_ROOM, VolunteerSession.CHECKED_OUT, 30),
                        tuple("李建国", COMPANY, VolunteerSession.CHECKED_IN, 0));
        VolunteerSession kitchen = session(TestCommunity.WANG, KITCHEN);
        assertThat(VolunteerWork.defaultMinutes(kitchen)).isEqualTo(95);
        assertThat(VolunteerWork.maxMinutes(kitchen)).as("the longer of 90 and 95, plus 60").isEqualTo(155);
        VolunteerSession stillIn = session(TestCommunity.LI, COMPANY);
        assertThat(VolunteerWork.defaultMinutes(stillIn)).as("no check-out: the task's length").isEqualTo(60);
        assertThat(VolunteerWork.needsReason(stillIn, 60)).isTrue();
    }

    @Test
    void aConfirmationWithChangedMinutesAReasonAndARatingIsOneSignedRecordTheServerAccepts() throws Exception {
        VolunteerSession kitchen = session(TestCommunity.WANG, KITCHEN);

        work.confirm(staff, new VolunteerWork.Confirmation(kitchen, 100, "stayed to wash up",
                Optional.of(new VolunteerWork.Rating(4, "cheerful and careful"))));

        List<Transaction> recorded = CounterStations.journalAfter(counter, 0);
        assertThat(recorded).extracting(transaction -> transaction.body().payload()).containsExactly(
                new ServiceConfirmed(UUID.fromString(kitchen.taskId()), TestCommunity.WANG, 100,
                        VolunteerWork.staffId(staff), "stayed to wash up"),
                new VolunteerRated(UUID.fromString(kitchen.taskId()), TestCommunity.WANG, 4, "cheerful and careful"));
        assertThat(recorded).allSatisfy(transaction -> assertThat(transaction.body().authorisations())
                .singleElement().satisfies(authorisation -> assertThat(authorisation.key())
                        .isEqualTo(staff.keyFingerprint())));
        assertThat(work.settledHere()).containsEntry(SettledHere.Pair.of(kitchen), SettledHere.Settled.CONFIRMED);
        assertThat(TestCommunity.awaitVerdict(counter, 1)).isEqualTo("accepted");
        assertThat(TestCommunity.awaitVerdict(counter, 2)).isEqualTo("accepted");
        VolunteerSession confirmed = all(TestCommunity.WANG, KITCHEN);
        assertThat(confirmed.status()).isEqualTo(VolunteerSession.CONFIRMED);
        assertThat(confirmed.confirmedMinutes()).isEqualTo(100);
        assertThat(confirmed.stars()).isEqualTo(4);
    }

    @Test
    void fewerMinutesWithAReasonAndTheLongestAllowedAreAcceptedByTheServer() throws Exception {
        VolunteerSession room = session(TestCommunity.WANG, ACTIVITY_ROOM);
        VolunteerSession stillIn = session(TestCommunity.LI, COMPANY);

        work.confirm(staff, new VolunteerWork.Confirmation(room, 20, "left early", Optional.empty()));
        work.confirm(staff, new VolunteerWork.Confirmation(stillIn, VolunteerWork.maxMinutes(stillIn),
                "forgot to check out; stayed all afternoon", Optional.empty()));

        assertThat(TestCommunity.awaitVerdict(counter, 1)).isEqualTo("accepted");
        assertThat(TestCommunity.awaitVerdict(counter, 2)).as("120 minutes without any check-out, with a reason")
                .isEqualTo("accepted");
        assertThat(all(TestCommunity.LI, COMPANY).confirmedMinutes()).isEqualTo(120);
    }

    @Test
    void changedMinutesWithoutAReasonAreRefusedBeforeTheCardSigns() throws Exception {
        VolunteerSession kitchen = session(TestCommunity.WANG, KITCHEN);
        VolunteerSession stillIn = session(TestCommunity.LI, COMPANY);

        assertRefused(Refusal.Reason.REASON_REQUIRED, () -> work.confirm(staff,
                new VolunteerWork.Confirmation(kitchen, 120, "  ", Optional.empty())));
        assertRefused(Refusal.Reason.REASON_REQUIRED, () -> work.confirm(staff, new VolunteerWork.Confirmation(
                stillIn, 60, "", Optional.empty())));

        assertThat(counter.journal().journal().headSequence()).isZero();
    }

    @Test
    void minutesOutsideTheBoundAreRefusedEvenWithAReason() throws Exception {
        VolunteerSession kitchen = session(TestCommunity.WANG, KITCHEN);

        assertRefused(Refusal.Reason.MINUTES_OUT_OF_RANGE, () -> work.confirm(staff,
                new VolunteerWork.Confirmation(kitchen, 0, "nothing done", Optional.empty())));
        assertRefused(Refusal.Reason.MINUTES_OUT_OF_RANGE, () -> work.confirm(staff,
                new VolunteerWork.Confirmation(kitchen, 156, "a typing slip", Optional.empty())));

        assertThat(counter.journal().journal().headSequence()).isZero();
    }

    @Test
    void theStaffCardTakenOutSignsNothingAndNothingIsRecorded() throws Exception {
        VolunteerSession kitchen = session(TestCommunity.WANG, KITCHEN);
        counter.context().demoDevices().orElseThrow().takeStaffCardAway();

        // Straight away (the card may not have noticed yet: then its signature fails) and once its removal is known.
        assertRefused(Refusal.Reason.STAFF_CARD_GONE, () -> work.confirmActivity(staff, List.of(kitchen)));
        outcomes.next(SignInOutcome.StaffCardRemoved.class);
        assertRefused(Refusal.Reason.STAFF_CARD_GONE, () -> work.confirm(staff,
                new VolunteerWork.Confirmation(kitchen, 95, "", Optional.empty())));
        assertRefused(Refusal.Reason.STAFF_CARD_GONE, () -> work.noShow(staff, kitchen, ""));

        assertThat(counter.journal().journal().headSequence()).isZero();
        assertThat(work.settledHere()).isEmpty();
    }

    @Test
    void aSessionSettledHereIsNotRecordedTwiceEvenFromAnOldList() throws Exception {
        VolunteerSession kitchen = session(TestCommunity.WANG, KITCHEN);
        VolunteerSession stillIn = session(TestCommunity.LI, COMPANY);
        VolunteerSession liInTheKitchen = session(TestCommunity.LI, KITCHEN);
        work.confirm(staff, new VolunteerWork.Confirmation(kitchen, 95, "", Optional.empty()));
        work.noShow(staff, stillIn, "did not come back");

        // The same list as before: the server has not heard yet, but this counter has.
        assertRefused(Refusal.Reason.ALREADY_SETTLED, () -> work.confirm(staff,
                new VolunteerWork.Confirmation(kitchen, 95, "", Optional.empty())));
        assertRefused(Refusal.Reason.ALREADY_SETTLED, () -> work.noShow(staff, kitchen, ""));
        assertRefused(Refusal.Reason.ALREADY_SETTLED, () -> work.noShow(staff, stillIn, ""));
        assertRefused(Refusal.Reason.ALREADY_SETTLED, () -> work.confirmActivity(staff,
                List.of(liInTheKitchen, kitchen)));

        assertThat(counter.journal().journal().headSequence()).isEqualTo(2);
        assertThat(work.settledHere()).isEqualTo(Map.of(SettledHere.Pair.of(kitchen), SettledHere.Settled.CONFIRMED,
                SettledHere.Pair.of(stillIn), SettledHere.Settled.NO_SHOW));
        assertThat(TestCommunity.awaitVerdict(counter, 2)).isEqualTo("accepted");
        assertThat(all(TestCommunity.LI, COMPANY).status()).isEqualTo(VolunteerSession.NO_SHOW);
        assertThat(server.volunteerSessions(staff, true, 0, 50).items()).extracting(VolunteerSession::volunteerId,
                VolunteerSession::titleEn).doesNotContain(tuple(
                        TestCommunity.LI.toString(), COMPANY));
    }

    @Test
    void aNoShowMayStillBeCorrectedByAConfirmationWhichTheServerAccepts() throws Exception {
        VolunteerSession stillIn = session(TestCommunity.LI, COMPANY);
        work.noShow(staff, stillIn, "");

        work.confirm(staff, new VolunteerWork.Confirmation(stillIn, 60, "he came after all", Optional.empty()));

        assertThat(CounterStations.journalAfter(counter, 0)).extracting(t -> (Object) t.body().payload().getClass())
                .containsExactly(VolunteerNoShow.class, ServiceConfirmed.class);
        assertThat(TestCommunity.awaitVerdict(counter, 2)).isEqualTo("accepted");
        assertThat(all(TestCommunity.LI, COMPANY).status()).isEqualTo(VolunteerSession.CONFIRMED);
    }

    @Test
    void aWholeActivityIsConfirmedInOneRecordAtTheCheckedMinutesAndAccepted() throws Exception {
        List<VolunteerSession> kitchen = server.volunteerSessions(staff, true, 0, 50).items().stream()
                .filter(session -> session.titleEn().equals(KITCHEN)).toList();

        work.confirmActivity(staff, kitchen);

        assertThat(CounterStations.journalAfter(counter, 0)).extracting(t -> t.body().payload()).containsExactly(
                kitchen.stream().map(session -> new ServiceConfirmed(UUID.fromString(session.taskId()),
                        UUID.fromString(session.volunteerId()), session.checkedOutMinutes(),
                        VolunteerWork.staffId(staff), "")).toArray(Payload[]::new));
        assertThat(TestCommunity.awaitVerdict(counter, 1)).isEqualTo("accepted");
        assertThat(TestCommunity.awaitVerdict(counter, 2)).isEqualTo("accepted");
        assertThat(all(TestCommunity.WANG, KITCHEN).confirmedMinutes()).isEqualTo(95);
        assertThat(all(TestCommunity.LI, KITCHEN).confirmedMinutes()).isEqualTo(90);
    }

    @Test
    void anActivityWithASessionNotCheckedOutRecordsNone() throws Exception {
        VolunteerSession stillIn = session(TestCommunity.LI, COMPANY);

        assertRefused(Refusal.Reason.ALREADY_SETTLED, () -> work.confirmActivity(staff, List.of(stillIn)));

        assertThat(counter.journal().journal().headSequence()).isZero();
    }

    /** The waiting session of {@code volunteer} at the task called {@code task} in English. */
    private VolunteerSession session(UUID volunteer, String task) throws Exception {
        return find(server.volunteerSessions(staff, true, 0, 50).items(), volunteer, task);
    }

    /** The session as the server lists it now, settled or not. */
    private VolunteerSession all(UUID volunteer, String task) throws Exception {
        return find(server.volunteerSessions(staff, false, 0, 50).items(), volunteer, task);
    }

    private static VolunteerSession find(List<VolunteerSession> sessions, UUID volunteer, String task) {
        return sessions.stream().filter(session -> session.volunteerId().equals(volunteer.toString())
                && session.titleEn().equals(task)).findFirst().orElseThrow(() -> new AssertionError(
                        "no session of " + volunteer + " at " + task + " in " + sessions));
    }

    private interface Action {
        void run() throws Refusal;
    }

    private static void assertRefused(Refusal.Reason reason, Action action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(reason));
    }
}
