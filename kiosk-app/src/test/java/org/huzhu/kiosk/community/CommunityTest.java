package org.huzhu.kiosk.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huzhu.kiosk.community.CommunityFixture.LI;
import static org.huzhu.kiosk.community.CommunityFixture.WANG;
import static org.huzhu.kiosk.community.CommunityFixture.WANG_CARD;
import static org.huzhu.kiosk.community.CommunityFixture.ZHANG;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.huzhu.kiosk.journal.JournalVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resident domain on a real journal and SQLite file: what is recorded, what is refused, and what is left. */
class CommunityTest {

    @TempDir
    Path folder;
    private CommunityFixture kiosk;

    @BeforeEach
    void open() throws Exception {
        kiosk = new CommunityFixture(folder);
    }

    @AfterEach
    void close() throws Exception {
        kiosk.close();
    }

    @Test
    void bookingRedeemsTheCostAndRecordsBothAsSignedTransactions() throws Exception {
        kiosk.snapshot(0);
        kiosk.balance(WANG, 100);
        UUID slot = kiosk.slot("haircut", Duration.ofDays(1), 8, 2);

        Bookings.Confirmation done = kiosk.community.bookings().book(WANG_CARD, WANG, WANG, slot);

        assertThat(done.booking().service().code()).isEqualTo("haircut");
        assertThat(done.booking().costMinutes()).isEqualTo(30);
        assertThat(done.booking().delivery()).isEqualTo(Delivery.WAITING_FOR_SERVER);
        assertThat(done.balanceAfter().minutes()).isEqualTo(70);
        assertThat(kiosk.community.catalogue().upcomingSlots("haircut")).singleElement()
                .extracting(Slot::free).isEqualTo(5);
        assertThat(journalTypes()).containsExactly("booking.created", "hours.redeemed");
        assertThat(kiosk.community.bookings().upcoming(WANG)).extracting(Booking::id)
                .containsExactly(done.booking().id());
        assertThat(kiosk.nudges).hasSize(1);
        kiosk.close();
        assertThat(JournalVerifier.verify(folder.resolve("kiosk.db"))).isInstanceOf(JournalVerifier.Intact.class);
        kiosk = new CommunityFixture(folder.resolve("second"));
    }

    @Test
    void aSlotIsNeverOversoldEvenWhenSessionsRace() throws Exception {
        kiosk.snapshot(0);
        UUID slot = kiosk.slot("health-check", Duration.ofDays(1), 5, 2);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attempts.add(() -> {
                try {
                    kiosk.community.bookings().book(WANG_CARD, WANG, WANG, slot);
                    return true;
                } catch (Refusal refusal) {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.SLOT_FULL);
                    return false;
                }
            });
        }
        long booked;
        try (var pool = Executors.newFixedThreadPool(8)) {
            booked = 0;
            for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
                booked += attempt.get() ? 1 : 0;
            }
        }
        assertThat(booked).isEqualTo(3);
        assertThat(kiosk.head()).isEqualTo(3);
        assertThat(kiosk.community.catalogue().upcomingSlots("health-check").getFirst().free()).isZero();
    }

    @Test
    void notEnoughMinutesRecordsNothingAtAll() throws Exception {
        kiosk.snapshot(0);
        kiosk.balance(WANG, 20);
        UUID slot = kiosk.slot("haircut", Duration.ofDays(1), 8, 0);

        assertThatThrownBy(() -> kiosk.community.bookings().book(WANG_CARD, WANG, WANG, slot))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.NOT_ENOUGH_MINUTES));

        assertThat(kiosk.head()).as("neither the booking nor the redeem was recorded").isZero();
        assertThat(kiosk.community.bookings().upcoming(WANG)).isEmpty();
        assertThat(kiosk.community.catalogue().upcomingSlots("haircut").getFirst().free()).isEqualTo(8);
        assertThat(kiosk.nudges).isEmpty();
    }

    @Test
    void cancellingBeforeTheCutOffGivesTheMinutesAndThePlaceBack() throws Exception {
        kiosk.snapshot(0);
        kiosk.balance(WANG, 100);
        UUID soon = kiosk.slot("haircut", Duration.ofHours(3), 8, 0);
        Booking booking = kiosk.community.bookings().book(WANG_CARD, WANG, WANG, soon).booking();

        Booking cancelled = kiosk.community.bookings().cancel(WANG_CARD, WANG, booking.id());

        assertThat(cancelled.cancelled()).isTrue();
        assertThat(kiosk.community.timeBank().balance(WANG).minutes()).isEqualTo(100);
        assertThat(kiosk.community.catalogue().upcomingSlots("haircut").getFirst().free()).isEqualTo(8);
        assertThat(kiosk.community.bookings().upcoming(WANG)).isEmpty();
        assertThat(journalTypes()).containsExactly("booking.created", "hours.redeemed", "booking.cancelled");
        assertThat(kiosk.community.timeBank().history(WANG, 10)).extracting(TimeEntry::kind)
                .containsExactly(TimeEntry.Kind.REFUNDED, TimeEntry.Kind.REDEEMED);

        Booking again = kiosk.community.bookings().book(WANG_CARD, WANG, WANG, soon).booking();
        kiosk.clock.advance(Duration.ofMinutes(61)); // now 1 h 59 min before the start: inside the 2 h cut-off
        assertThatThrownBy(() -> kiosk.community.bookings().cancel(WANG_CARD, WANG, again.id()))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.TOO_LATE_TO_CANCEL));
        assertThatThrownBy(() -> kiosk.community.bookings().cancel(WANG_CARD, ZHANG, again.id()))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.NOT_CANCELLABLE));
    }

    @Test
    void transfersGoOnlyToFamilyAndMoveTheMinutes() throws Exception {
        kiosk.snapshot(0);
        kiosk.balance(WANG, 100);
        FamilyMember li = kiosk.community.timeBank().family(WANG).getFirst();
        assertThat(li).isEqualTo(new FamilyMember(LI, "李建国"));

        TimeBank.Transfer transfer = kiosk.community.timeBank().transfer(WANG_CARD, WANG, li, 30);

        assertThat(transfer.balanceAfter().minutes()).isEqualTo(70);
        assertThat(kiosk.community.timeBank().balance(LI).minutes()).isEqualTo(30);
        assertThat(kiosk.community.timeBank().history(LI, 5)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(TimeEntry.Kind.TRANSFERRED_IN);
            assertThat(entry.counterpart()).contains("王秀英");
        });
        assertThatThrownBy(() -> kiosk.community.timeBank().transfer(WANG_CARD, WANG,
                new FamilyMember(ZHANG, "张伟"), 10))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.NOT_FAMILY));
        assertThat(journalTypes()).containsExactly("hours.transferred");
    }

    @Test
    void offlineSpendingStopsAtTheOfflineLimitAndWhenTheSnapshotIsTooOld() throws Exception {
        kiosk.snapshot(0);
        kiosk.balance(WANG, 1000);
        FamilyMember li = new FamilyMember(LI, "李建国");
        kiosk.community.timeBank().transfer(WANG_CARD, WANG, li, 100);

        assertThatThrownBy(() -> kiosk.community.timeBank().transfer(WANG_CARD, WANG, li, 21))
                .as("120 minutes offline per resident: 100 spent, 21 more is too much")
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.reason())
                        .isEqualTo(Refusal.Reason.OVER_OFFLINE_LIMIT));
        kiosk.community.timeBank().transfer(WANG_CARD, WANG, li, 20);

        kiosk.clock.advance(Duration.ofMinutes(5));
        kiosk.snapshot(kiosk.head()); // a fresh snapshot resets the offline allowance
        kiosk.balance(WANG, 880);
        kiosk.community.timeBank().transfer(WANG_CARD, WANG, li, 60);
        kiosk.clock.advance(Duration.ofHours(73));
        assertThatThrownBy(() -> kiosk.community.timeBank().transfer(WANG_CARD, WANG, li, 1))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.reason())
                        .isEqualTo(Refusal.Reason.NEEDS_CONNECTION_OR_STAFF));
        assertThat(kiosk.community.timeBank().balance(WANG).minutes()).isEqualTo(820);
    }

    @Test
    void withoutAnySnapshotFreeServicesCanBeBookedButNoMinutesSpent() throws Exception {
        kiosk.balance(WANG, 100);
        UUID free = kiosk.slot("health-check", Duration.ofDays(1), 3, 0);
        UUID paid = kiosk.slot("haircut", Duration.ofDays(1), 3, 0);

        kiosk.community.bookings().book(WANG_CARD, WANG, WANG, free);

        assertThatThrownBy(() -> kiosk.community.bookings().book(WANG_CARD, WANG, WANG, paid))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.reason())
                        .isEqualTo(Refusal.Reason.NEEDS_CONNECTION_OR_STAFF));
        assertThat(kiosk.community.timeBank().balance(WANG).asOf()).isEmpty();
    }

    @Test
    void balancesCountOnlyWhatTheSnapshotDoesNotAlreadyHoldAndNothingTheServerRefused() throws Exception {
        kiosk.snapshot(0);
        kiosk.balance(WANG, 200);
        FamilyMember li = new FamilyMember(LI, "李建国");
        kiosk.community.timeBank().transfer(WANG_CARD, WANG, li, 10); // sequence 1
        kiosk.community.timeBank().transfer(WANG_CARD, WANG, li, 20); // sequence 2
        kiosk.markRejected(2);
        assertThat(kiosk.community.timeBank().balance(WANG).minutes()).isEqualTo(190);

        kiosk.snapshot(2); // the server's balance now includes sequence 1 (and never had 2)
        kiosk.balance(WANG, 190);
        assertThat(kiosk.community.timeBank().balance(WANG).minutes()).isEqualTo(190);
        assertThat(kiosk.community.timeBank().history(WANG, 5)).extracting(TimeEntry::delivery)
                .containsExactly(Delivery.REFUSED, Delivery.WAITING_FOR_SERVER);
    }

    @Test
    void aFamilyMemberCanBookForAnotherAndPayWithTheirOwnMinutes() throws Exception {
        kiosk.snapshot(0);
        kiosk.balance(LI, 60);
        UUID slot = kiosk.slot("haircut", Duration.ofDays(2), 4, 0);

        Booking booking = kiosk.community.bookings().book(WANG_CARD, LI, WANG, slot).booking();

        assertThat(booking.residentId()).isEqualTo(WANG);
        assertThat(booking.bookedBy()).isEqualTo(LI);
        assertThat(kiosk.community.timeBank().balance(LI).minutes()).isEqualTo(30);
        assertThat(kiosk.community.bookings().upcoming(WANG)).hasSize(1);
        assertThat(kiosk.community.bookings().upcoming(LI)).hasSize(1);
        assertThatThrownBy(() -> kiosk.community.bookings().book(WANG_CARD, ZHANG, WANG, slot))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.NOT_FAMILY));
    }

    /** A snapshot, 100 minutes each for Wang and Li, and a haircut slot in two days. */
    private UUID bothWithMinutesAndAHaircut() throws Exception {
        kiosk.snapshot(0);
        kiosk.balance(WANG, 100);
        kiosk.balance(LI, 100);
        return kiosk.slot("haircut", Duration.ofDays(2), 4, 0);
    }

    @Test
    void onceTheKioskKnowsALinkEndedTheMembersCardIsRefusedAndNothingIsRecorded() throws Exception {
        UUID slot = bothWithMinutesAndAHaircut();
        kiosk.sql("UPDATE family_link SET active = 0"); // what the snapshot writes for a family.unlinked

        assertThat(kiosk.community.timeBank().family(WANG)).isEmpty();
        assertThat(kiosk.community.timeBank().receivers(WANG)).isEmpty();
        assertThat(kiosk.community.bookings().familyToBookFor(WANG)).isEmpty();
        assertThatThrownBy(() -> kiosk.community.timeBank().transfer(WANG_CARD, WANG, new FamilyMember(LI, "李建国"),
                10)).isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.NOT_FAMILY));
        assertThatThrownBy(() -> kiosk.community.bookings().book(WANG_CARD, LI, WANG, slot))
                .as("Wang's card spending Li's minutes").isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.NOT_FAMILY));
        assertThat(journalTypes()).isEmpty();
        assertThat(kiosk.community.timeBank().balance(LI).minutes()).isEqualTo(100);
    }

    @Test
    void familyRightsHoldOneWayAndTheListsShowOnlyWhoTheyAllow() throws Exception {
        UUID slot = bothWithMinutesAndAHaircut();
        // Li may not receive Wang's minutes; Wang may book for Li but not spend Li's minutes
        kiosk.sql("UPDATE family_link SET may_receive = 0 WHERE resident_id = '%s'".formatted(WANG));
        kiosk.sql("UPDATE family_link SET may_redeem = 0 WHERE resident_id = '%s'".formatted(LI));

        assertThat(kiosk.community.timeBank().family(WANG)).containsExactly(new FamilyMember(LI, "李建国"));
        assertThat(kiosk.community.timeBank().receivers(WANG)).as("Li may not receive from Wang").isEmpty();
        assertThat(kiosk.community.timeBank().receivers(LI)).containsExactly(new FamilyMember(WANG, "王秀英"));
        assertThat(kiosk.community.bookings().familyToBookFor(WANG)).containsExactly(new FamilyMember(LI, "李建国"));
        assertThatThrownBy(() -> kiosk.community.timeBank().transfer(WANG_CARD, WANG, new FamilyMember(LI, "李建国"),
                10)).isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.FAMILY_MAY_NOT_RECEIVE));
        assertThatThrownBy(() -> kiosk.community.bookings().book(WANG_CARD, LI, WANG, slot))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.FAMILY_MAY_NOT_ACT));
        assertThat(journalTypes()).isEmpty();

        kiosk.sql("UPDATE family_link SET may_book = 0 WHERE resident_id = '%s'".formatted(LI));
        assertThat(kiosk.community.bookings().familyToBookFor(WANG)).isEmpty();
        assertThat(kiosk.community.bookings().book(WANG_CARD, WANG, WANG, slot).booking().residentId())
                .as("her own booking needs no family right").isEqualTo(WANG);
    }

    @Test
    void volunteerMinutesWaitForStaffConfirmation() throws Exception {
        UUID task = kiosk.task("食堂帮厨", Duration.ofHours(1));
        kiosk.task("明天的任务", Duration.ofDays(1));

        assertThat(kiosk.community.volunteering().today(WANG)).singleElement()
                .extracting(VolunteerTask::attendance).isInstanceOf(VolunteerTask.NotCheckedIn.class);
        kiosk.community.volunteering().checkIn(WANG_CARD, WANG, task);
        assertThatThrownBy(() -> kiosk.community.volunteering().checkIn(WANG_CARD, WANG, task))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.ALREADY_CHECKED_IN));
        kiosk.clock.advance(Duration.ofMinutes(89).plusSeconds(10));
        int minutes = kiosk.community.volunteering().checkOut(WANG_CARD, WANG, task);

        assertThat(minutes).isEqualTo(90);
        assertThat(kiosk.community.volunteering().today(WANG).getFirst().attendance())
                .isEqualTo(new VolunteerTask.WaitingForConfirmation(90));
        assertThat(kiosk.community.timeBank().balance(WANG).minutes()).as("not credit before staff confirm").isZero();
        kiosk.clock.advance(Duration.ofMinutes(30));
        Instant confirmedAt = kiosk.clock.instant();
        kiosk.sql("INSERT INTO confirmed_task (task_id, volunteer_id, minutes, confirmed_at) "
                + "VALUES ('%s', '%s', 90, '%s')".formatted(task, WANG, confirmedAt));
        assertThat(kiosk.community.volunteering().today(WANG).getFirst().attendance())
                .isEqualTo(new VolunteerTask.Confirmed(90));
        assertThat(kiosk.community.timeBank().history(WANG, 5)).as("the credit explains the balance")
                .singleElement().satisfies(entry -> {
                    assertThat(entry.kind()).isEqualTo(TimeEntry.Kind.VOLUNTEERED);
                    assertThat(entry.minutes()).isEqualTo(90);
                    assertThat(entry.at()).isEqualTo(confirmedAt);
                    assertThat(entry.task()).contains(new TimeEntry.TaskTitle("食堂帮厨", "食堂帮厨"));
                    assertThat(entry.delivery()).isEqualTo(Delivery.ACCEPTED);
                });
        assertThatThrownBy(() -> kiosk.community.volunteering().checkIn(WANG_CARD, WANG, UUID.randomUUID()))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.UNKNOWN_TASK));
        assertThat(journalTypes()).containsExactly("volunteer.checked-in", "volunteer.checked-out");
    }

    private List<String> journalTypes() throws Exception {
        return kiosk.journal.database().inTransaction(connection -> {
            List<String> types = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT type FROM journal ORDER BY sequence")) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
            return types;
        });
    }
}
