package org.huzhu.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.huzhu.protocol.authority.AuthorityRules;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.BookingCancelled;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.FamilyPermissionsSet;
import org.huzhu.protocol.payload.FamilyUnlinked;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ResidentProfileSet;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.VolunteerNoShow;
import org.huzhu.protocol.payload.CardReplaced;
import org.huzhu.protocol.payload.VolunteerRated;
import org.huzhu.protocol.payload.NoticePosted;
import org.huzhu.protocol.payload.NoticeWithdrawn;
import org.huzhu.protocol.payload.ServiceRated;
import org.huzhu.protocol.payload.TransactionReversed;
import org.huzhu.protocol.payload.VolunteerCheckedIn;
import org.huzhu.protocol.payload.VolunteerCheckedOut;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.protocol.Actor;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.ledger.Ledger;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The time bank's rules as verdicts, on SQLite and PostgreSQL. */
class BusinessRulesTest {

    private static final String BOTH = "org.huzhu.server.testsupport.Stores#both";

    @TempDir
    Path folder;

    private ServerParts server;
    private TestKiosk kiosk;
    private KioskRecord record;
    private final java.util.Set<UUID> enrolled = new java.util.HashSet<>();

    @AfterEach
    void close() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private void start(Stores store, LedgerLimits limits) throws Exception {
        server = new ServerParts(store.create(folder), limits);
        kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
        record = server.enrol(kiosk);
    }

    private Verdict send(Payload payload, Actor actor) throws Exception {
        List<Verdict> verdicts = server.send(record, List.of(kiosk.next(payload, actor))).verdicts();
        assertThat(verdicts).hasSize(1);
        return verdicts.getFirst();
    }

    /** {@code resident}'s own card, enrolled by staff the first time it is asked for. */
    private Actor card(UUID resident) throws Exception {
        if (enrolled.add(resident)) {
            server.enrolResident(record, kiosk, resident);
        }
        return ServerParts.cardOf(resident);
    }

    private void credit(UUID resident, int minutes) throws Exception {
        assertThat(send(new ServiceConfirmed(UUID.randomUUID(), resident, minutes, "staff-1",
                "credited at the counter"), TestKiosk.STAFF)
                .accepted()).isTrue();
    }

    private static String account(UUID resident) {
        return Ledger.residentAccount(resident);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void onlyAStaffConfirmationCreditsVolunteerMinutesAndOnlyOncePerVolunteerAndTask(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
        UUID volunteer = UUID.randomUUID();
        UUID task = UUID.randomUUID();

        Verdict byResident = send(new ServiceConfirmed(task, volunteer, 60, "staff-1",
                "credited at the counter"), TestKiosk.RESIDENT);
        Verdict byStaff = send(new ServiceConfirmed(task, volunteer, 60, "staff-1",
                "credited at the counter"), TestKiosk.STAFF);
        Verdict again = send(new ServiceConfirmed(task, volunteer, 60, "staff-1",
                "credited at the counter"), TestKiosk.STAFF);
        UUID secondVolunteer = UUID.randomUUID();
        Verdict sameTaskOtherVolunteer = send(new ServiceConfirmed(task, secondVolunteer, 45, "staff-1",
                "credited at the counter"),
                TestKiosk.STAFF);

        assertThat(byResident.reason()).isEqualTo(BusinessRules.STAFF_CONFIRMATION_REQUIRED);
        assertThat(byStaff.accepted()).isTrue();
        assertThat(again.reason()).isEqualTo(BusinessRules.TASK_ALREADY_CONFIRMED);
        assertThat(sameTaskOtherVolunteer.accepted()).as("several volunteers may do one task").isTrue();
        assertThat(server.balance(account(volunteer))).isEqualTo(60);
        assertThat(server.balance(account(secondVolunteer))).isEqualTo(45);
        assertThat(server.balance(Ledger.POOL)).isEqualTo(-105);
        assertThat(server.snapshotAtKioskTime(kiosk, 0).confirmedTasks()).as("only the accepted confirmations")
                .filteredOn(confirmedTask -> confirmedTask.volunteerId().equals(volunteer.toString()))
                .singleElement().satisfies(confirmedTask -> {
                    assertThat(confirmedTask.taskId()).isEqualTo(task.toString());
                    assertThat(confirmedTask.volunteerId()).isEqualTo(volunteer.toString());
                    assertThat(confirmedTask.minutes()).isEqualTo(60);
                });
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void redeemingNeedsASnapshotRespectsTheHardLimitAndWarnsBelowTheSoftLimit(Stores store) throws Exception {
        start(store, new LedgerLimits(30, 60));
        UUID resident = UUID.randomUUID();
        credit(resident, 90);

        Actor card = card(resident);
        Verdict withoutSnapshot = send(new HoursRedeemed(resident, 15, UUID.randomUUID()), card);
        server.snapshotAtKioskTime(kiosk, 0);
        Verdict comfortable = send(new HoursRedeemed(resident, 15, UUID.randomUUID()), card);
        Verdict low = send(new HoursRedeemed(resident, 45, UUID.randomUUID()), card);
        Verdict beyondOverdraft = send(new HoursRedeemed(resident, 61, UUID.randomUUID()), TestKiosk.STAFF);
        Verdict toOverdraft = send(new HoursRedeemed(resident, 60, UUID.randomUUID()), TestKiosk.STAFF);
        Verdict oneMore = send(new HoursRedeemed(resident, 1, UUID.randomUUID()), TestKiosk.STAFF);

        assertThat(withoutSnapshot.reason()).isEqualTo("offline-no-snapshot");
        assertThat(comfortable.accepted()).isTrue();
        assertThat(comfortable.warnings()).isEmpty();
        assertThat(low.accepted()).isTrue();
        assertThat(low.warnings()).containsExactly(BusinessRules.BELOW_SOFT_LIMIT);
        assertThat(beyondOverdraft.reason()).isEqualTo(BusinessRules.INSUFFICIENT_BALANCE);
        assertThat(toOverdraft.accepted()).isTrue();
        assertThat(oneMore.reason()).isEqualTo(BusinessRules.INSUFFICIENT_BALANCE);
        assertThat(server.balance(account(resident))).as("down to the overdraft of 30 and no further").isEqualTo(-30);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void offlineSpendingIsCappedPerSnapshotUnlessStaffOverride(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
        UUID resident = UUID.randomUUID();
        UUID daughter = UUID.randomUUID();
        server.linkFamily(record, kiosk, resident, daughter);
        credit(resident, 600);
        server.snapshotAtKioskTime(kiosk, 0);

        Actor card = ServerParts.cardOf(resident);
        Verdict first = send(new HoursRedeemed(resident, 100, UUID.randomUUID()), card);
        Verdict overCap = send(new HoursRedeemed(resident, 30, UUID.randomUUID()), card);
        Verdict staff = send(new HoursRedeemed(resident, 30, UUID.randomUUID()), TestKiosk.STAFF);
        Verdict transferOverCap = send(new HoursTransferred(resident, daughter, 30), card);
        server.snapshotAtKioskTime(kiosk, 0);
        Verdict afterFreshSnapshot = send(new HoursRedeemed(resident, 30, UUID.randomUUID()), card);
        kiosk.advance(Duration.ofHours(73));
        Verdict tooOld = send(new HoursRedeemed(resident, 15, UUID.randomUUID()), card);

        assertThat(first.accepted()).isTrue();
        assertThat(overCap.reason()).isEqualTo("offline-limit-exceeded");
        assertThat(staff.accepted()).isTrue();
        assertThat(transferOverCap.reason()).isEqualTo("offline-limit-exceeded");
        assertThat(afterFreshSnapshot.accepted()).isTrue();
        assertThat(tooOld.reason()).isEqualTo("offline-too-long");
        assertThat(server.balance(account(resident))).isEqualTo(600 - 100 - 30 - 30);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void transferMovesMinutesBetweenFamilyMembersInEitherDirectionOfTheLink(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
        UUID from = UUID.randomUUID();
        UUID to = UUID.randomUUID();
        server.linkFamily(record, kiosk, from, to);
        credit(from, 100);
        server.snapshotAtKioskTime(kiosk, 0);

        Verdict transfer = send(new HoursTransferred(from, to, 70), ServerParts.cardOf(from));
        Verdict tooMuch = send(new HoursTransferred(from, to, 31), ServerParts.cardOf(from));
        Verdict back = send(new HoursTransferred(to, from, 20), ServerParts.cardOf(to));

        assertThat(transfer.accepted()).isTrue();
        assertThat(tooMuch.reason()).isEqualTo(BusinessRules.INSUFFICIENT_BALANCE);
        assertThat(back.accepted()).as("the member may give to the resident who was linked to them").isTrue();
        assertThat(server.balance(account(from))).isEqualTo(50);
        assertThat(server.balance(account(to))).isEqualTo(50);
        assertThat(server.ledgerSum()).isZero();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void transferToAnyoneButALinkedFamilyMemberIsRejectedAndMovesNothing(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
        UUID giver = UUID.randomUUID();
        UUID son = UUID.randomUUID();
        UUID neighbour = UUID.randomUUID();
        UUID sonsWife = UUID.randomUUID();
        server.linkFamily(record, kiosk, giver, son);
        server.linkFamily(record, kiosk, son, sonsWife);
        assertThat(send(ServerParts.enrolment(neighbour), TestKiosk.STAFF).accepted()).isTrue();
        credit(giver, 100);
        server.snapshotAtKioskTime(kiosk, 0);

        Actor card = ServerParts.cardOf(giver);
        Verdict toNeighbour = send(new HoursTransferred(giver, neighbour, 10), card);
        Verdict toFamilyOfFamily = send(new HoursTransferred(giver, sonsWife, 10), card);
        Verdict toStranger = send(new HoursTransferred(giver, UUID.randomUUID(), 10), TestKiosk.STAFF);
        Verdict beyondBalanceToNeighbour = send(new HoursTransferred(giver, neighbour, 500), card);

        assertThat(List.of(toNeighbour, toFamilyOfFamily, toStranger, beyondBalanceToNeighbour))
                .extracting(Verdict::reason).as("links are not transitive, and staff cannot override them")
                .containsOnly(BusinessRules.NOT_FAMILY);
        assertThat(server.balance(account(giver))).isEqualTo(100);
        assertThat(server.balance(account(neighbour))).isZero();
        assertThat(server.balance(account(sonsWife))).isZero();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void onlyStaffLinkFamilyOnlyBetweenEnrolledResidentsAndLinkingAgainChangesNothing(Stores store)
            throws Exception {
        start(store, LedgerLimits.DEFAULT);
        UUID mother = UUID.randomUUID();
        UUID daughter = UUID.randomUUID();
        UUID notEnrolled = UUID.randomUUID();
        assertThat(send(ServerParts.enrolment(mother), TestKiosk.STAFF).accepted()).isTrue();
        assertThat(send(ServerParts.enrolment(daughter), TestKiosk.STAFF).accepted()).isTrue();
        Snapshot before = server.snapshotAtKioskTime(kiosk, 0);

        Verdict byResident = send(new FamilyLinked(mother, daughter), TestKiosk.RESIDENT);
        Verdict unknownMember = send(new FamilyLinked(mother, notEnrolled), TestKiosk.STAFF);
        Verdict unknownResident = send(new FamilyLinked(notEnrolled, daughter), TestKiosk.STAFF);
        Snapshot afterRejections = server.snapshotAtKioskTime(kiosk, before.version());
        Verdict linked = send(new FamilyLinked(mother, daughter), TestKiosk.STAFF);
        Snapshot afterLink = server.snapshotAtKioskTime(kiosk, before.version());
        Verdict again = send(new FamilyLinked(mother, daughter), TestKiosk.STAFF);
        Verdict reversed = send(new FamilyLinked(daughter, mother), TestKiosk.STAFF);
        Snapshot afterRepeats = server.snapshotAtKioskTime(kiosk, afterLink.version());

        assertThat(byResident.reason()).isEqualTo(BusinessRules.STAFF_CONFIRMATION_REQUIRED);
        assertThat(unknownMember.reason()).isEqualTo(BusinessRules.UNKNOWN_RESIDENT);
        assertThat(unknownResident.reason()).isEqualTo(BusinessRules.UNKNOWN_RESIDENT);
        assertThat(afterRejections.familyLinks()).isEmpty();
        assertThat(linked.accepted()).isTrue();
        assertThat(afterLink.familyLinks()).singleElement().satisfies(link -> {
            assertThat(link.residentId()).isEqualTo(mother.toString());
            assertThat(link.memberId()).isEqualTo(daughter.toString());
        });
        assertThat(again.accepted()).isTrue();
        assertThat(reversed.accepted()).isTrue();
        assertThat(afterRepeats.familyLinks()).as("the same link, either way round, is not a change").isEmpty();
        assertThat(afterRepeats.version()).isEqualTo(afterLink.version());
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void volunteersCheckInAndOutOnlyForListedTasks(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
        UUID volunteer = UUID.randomUUID();
        UUID task = server.firstVolunteerTask();
        UUID unknown = UUID.randomUUID();

        Actor card = card(volunteer);
        Verdict checkedIn = send(new VolunteerCheckedIn(volunteer, task), card);
        Verdict checkedOut = send(new VolunteerCheckedOut(volunteer, task, 55), card);
        Verdict unknownIn = send(new VolunteerCheckedIn(volunteer, unknown), card);
        Verdict unknownOut = send(new VolunteerCheckedOut(volunteer, unknown, 55), TestKiosk.STAFF);

        assertThat(checkedIn.accepted()).isTrue();
        assertThat(checkedOut.accepted()).isTrue();
        assertThat(unknownIn.reason()).isEqualTo(BusinessRules.UNKNOWN_TASK);
        assertThat(unknownOut.reason()).isEqualTo(BusinessRules.UNKNOWN_TASK);
        assertThat(server.balance(account(volunteer))).as("attendance alone is no credit").isZero();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void confirmedMinutesAreBoundedByTheCheckOutsUnlessStaffSayWhy(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
        UUID volunteer = UUID.randomUUID();
        Actor card = card(volunteer);
        UUID task = server.firstVolunteerTask();
        UUID unlisted = UUID.randomUUID();
        send(new VolunteerCheckedIn(volunteer, task), card);
        send(new VolunteerCheckedOut(volunteer, task, 40), card);
        send(new VolunteerCheckedOut(volunteer, task, 15), card);

        Verdict beyondAttendance = send(new ServiceConfirmed(task, volunteer, 60, "staff-1"), TestKiosk.STAFF);
        Verdict withoutAnyCheckOut = send(new ServiceConfirmed(unlisted, volunteer, 30, "staff-1"), TestKiosk.STAFF);
        Verdict asAttended = send(new ServiceConfirmed(task, volunteer, 55, "staff-1"), TestKiosk.STAFF);
        Verdict withAReason = send(new ServiceConfirmed(unlisted, volunteer, 30, "staff-1",
                "helped at the flu clinic, not on the task list"), TestKiosk.STAFF);

        assertThat(beyondAttendance.reason()).isEqualTo(BusinessRules.MINUTES_EXCEED_ATTENDANCE);
        assertThat(withoutAnyCheckOut.reason()).isEqualTo(BusinessRules.MINUTES_EXCEED_ATTENDANCE);
        assertThat(asAttended.accepted()).as("two check-outs of 40 and 15 minutes").isTrue();
        assertThat(withAReason.accepted()).isTrue();
        assertThat(server.balance(account(volunteer))).isEqualTo(55 + 30);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void bookingsRespectCapacityAndACancellationRefundsByReversal(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
        Snapshot snapshot = server.snapshotAtKioskTime(kiosk, 0);
        Snapshot.Slot escort = snapshot.slots().stream().filter(s -> s.serviceCode().equals("medical-escort"))
                .findFirst().orElseThrow();
        UUID resident = UUID.randomUUID();
        credit(resident, 200);
        UUID booking = UUID.randomUUID();

        Actor card = card(resident);
        Verdict booked = send(book(booking, resident, escort), card);
        Verdict redeemed = send(new HoursRedeemed(resident, 100, booking), card);
        Verdict second = send(book(UUID.randomUUID(), UUID.randomUUID(), escort), TestKiosk.STAFF);
        Verdict full = send(book(UUID.randomUUID(), UUID.randomUUID(), escort), TestKiosk.STAFF);
        Verdict unknownSlot = send(new BookingCreated(UUID.randomUUID(), resident, "haircut", UUID.randomUUID(),
                escort.startsAt(), 30, 0), card);
        Verdict cancelled = send(new BookingCancelled(booking, resident, "changed plans"), card);
        Verdict cancelledAgain = send(new BookingCancelled(booking, resident, "twice"), card);
        Verdict nowFree = send(book(UUID.randomUUID(), UUID.randomUUID(), escort), TestKiosk.STAFF);

        assertThat(List.of(booked, redeemed, second, cancelled, nowFree)).allMatch(Verdict::accepted);
        assertThat(full.reason()).isEqualTo(BusinessRules.SLOT_FULL);
        assertThat(unknownSlot.reason()).isEqualTo(BusinessRules.UNKNOWN_SLOT);
        assertThat(cancelledAgain.reason()).isEqualTo(BusinessRules.UNKNOWN_BOOKING);
        assertThat(server.balance(account(resident))).isEqualTo(200);
        assertThat(server.ledgerSum()).isZero();
        long entries = server.database.inTransaction(connection -> {
            try (var query = connection.prepareStatement("SELECT COUNT(*) FROM ledger_entry");
                 var row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
        assertThat(entries).as("credit, redemption and its reversal: 3 postings of 2 legs, none deleted")
                .isEqualTo(6);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aCardIsBoundToOneResidentOnly(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
        String card = "ef".repeat(32);
        UUID first = UUID.randomUUID();

        Verdict enrolled = send(new ResidentEnrolled(first, card, "01".repeat(32), "王秀英"), TestKiosk.STAFF);
        Verdict renamed = send(new ResidentEnrolled(first, card, "01".repeat(32), "王秀英 (2)"), TestKiosk.STAFF);
        Verdict stolen = send(new ResidentEnrolled(UUID.randomUUID(), card, "02".repeat(32), "李桂兰"),
                TestKiosk.STAFF);

        assertThat(enrolled.accepted()).isTrue();
        assertThat(renamed.accepted()).isTrue();
        assertThat(stolen.reason()).isEqualTo(BusinessRules.CARD_ALREADY_BOUND);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void staffReverseAnAcceptedTransactionsPostingsOnceByCounterPostingAndNeverPastTheHardLimit(Stores store)
            throws Exception {
        start(store, LedgerLimits.DEFAULT);
        UUID volunteer = UUID.randomUUID();
        Actor card = card(volunteer);
        byte[] credit = kiosk.next(new ServiceConfirmed(UUID.randomUUID(), volunteer, 90, "staff-1",
                "credited at the counter"), TestKiosk.STAFF);
        server.send(record, List.of(credit));
        UUID creditId = org.huzhu.protocol.TransactionCodec.decode(credit).body().id();
        server.snapshotAtKioskTime(kiosk, 0);
        byte[] redeem = kiosk.next(new HoursRedeemed(volunteer, 30, UUID.randomUUID()), card);
        server.send(record, List.of(redeem));
        UUID redeemId = org.huzhu.protocol.TransactionCodec.decode(redeem).body().id();
        byte[] checkIn = kiosk.next(new VolunteerCheckedIn(volunteer, server.firstVolunteerTask()), card);
        server.send(record, List.of(checkIn));
        UUID checkInId = org.huzhu.protocol.TransactionCodec.decode(checkIn).body().id();

        Verdict byKioskAlone = send(new TransactionReversed(creditId, "confirmed twice"), card);
        Verdict creditPastTheLimit = send(new TransactionReversed(creditId, "confirmed twice"), TestKiosk.STAFF);
        Verdict redemption = send(new TransactionReversed(redeemId, "charged by mistake"), TestKiosk.STAFF);
        Verdict redemptionAgain = send(new TransactionReversed(redeemId, "twice"), TestKiosk.STAFF);
        Verdict credit90 = send(new TransactionReversed(creditId, "confirmed twice"), TestKiosk.STAFF);
        Verdict unknown = send(new TransactionReversed(UUID.randomUUID(), "no such"), TestKiosk.STAFF);
        Verdict attendance = send(new TransactionReversed(checkInId, "no minutes moved"), TestKiosk.STAFF);

        assertThat(byKioskAlone.reason()).isEqualTo(BusinessRules.STAFF_CONFIRMATION_REQUIRED);
        assertThat(creditPastTheLimit.reason()).as("90 back from a balance of 60").isEqualTo(
                BusinessRules.INSUFFICIENT_BALANCE);
        assertThat(redemption.accepted()).isTrue();
        assertThat(redemptionAgain.reason()).isEqualTo(BusinessRules.NOTHING_TO_REVERSE);
        assertThat(credit90.accepted()).isTrue();
        assertThat(unknown.reason()).isEqualTo(BusinessRules.UNKNOWN_TRANSACTION);
        assertThat(attendance.reason()).isEqualTo(BusinessRules.NOTHING_TO_REVERSE);
        assertThat(server.balance(account(volunteer))).isZero();
        assertThat(server.ledgerSum()).isZero();
    }

    private static BookingCreated book(UUID booking, UUID resident, Snapshot.Slot slot) {
        return new BookingCreated(booking, resident, slot.serviceCode(), UUID.fromString(slot.slotId()),
                slot.startsAt(), 180, 0);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void staffRateConfirmedWorkOnceAndMarkANoShowOnlyOnWorkNotConfirmed(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
        UUID volunteer = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        UUID absentVolunteer = UUID.randomUUID();

        Verdict ratedBeforeConfirmation = send(new VolunteerRated(task, volunteer, 5, ""), TestKiosk.STAFF);
        assertThat(send(new ServiceConfirmed(task, volunteer, 60, "staff-1", "helped at the lunch"), TestKiosk.STAFF)
                .accepted()).isTrue();
        Verdict ratedByKioskAlone = send(new VolunteerRated(task, volunteer, 5, ""), card(volunteer));
        Verdict rated = send(new VolunteerRated(task, volunteer, 4, "kind to everyone"), TestKiosk.STAFF);
        Verdict ratedAgain = send(new VolunteerRated(task, volunteer, 5, ""), TestKiosk.STAFF);
        Verdict noShowOfConfirmedWork = send(new VolunteerNoShow(task, volunteer, ""), TestKiosk.STAFF);
        Verdict noShow = send(new VolunteerNoShow(task, absentVolunteer, "did not come"), TestKiosk.STAFF);
        Verdict noShowAgain = send(new VolunteerNoShow(task, absentVolunteer, ""), TestKiosk.STAFF);
        Verdict confirmedAfterAll = send(new ServiceConfirmed(task, absentVolunteer, 30, "staff-1",
                "came late after all"), TestKiosk.STAFF);

        assertThat(ratedBeforeConfirmation.reason()).isEqualTo(BusinessRules.NOT_CONFIRMED);
        assertThat(ratedByKioskAlone.reason()).isEqualTo(BusinessRules.STAFF_CONFIRMATION_REQUIRED);
        assertThat(rated.accepted()).isTrue();
        assertThat(ratedAgain.reason()).isEqualTo(BusinessRules.ALREADY_RATED);
        assertThat(noShowOfConfirmedWork.reason()).isEqualTo(BusinessRules.TASK_ALREADY_CONFIRMED);
        assertThat(noShow.accepted()).isTrue();
        assertThat(noShowAgain.reason()).isEqualTo(BusinessRules.ALREADY_NO_SHOW);
        assertThat(confirmedAfterAll.accepted()).as("a wrong no-show is corrected by confirming").isTrue();
        assertThat(server.balance(account(volunteer))).as("ratings and no-shows move no minutes").isEqualTo(60);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void staffSetAnEnrolledResidentsProfileAndEachSettingReplacesTheLast(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
        UUID resident = UUID.randomUUID();
        Actor residentsCard = card(resident);

        Verdict byResidentAlone = send(new ResidentProfileSet(resident, "zh-CN", "138 0013 8000", "王小明",
                "139-0000-0001", "profile-2026-12"), residentsCard);
        Verdict first = send(new ResidentProfileSet(resident, "zh-CN", "138 0013 8000", "王小明",
                "139-0000-0001", "profile-2026-12"), TestKiosk.STAFF);
        Verdict second = send(new ResidentProfileSet(resident, "en", "", "", "", "profile-2026-12"),
                TestKiosk.STAFF);
        Verdict unknown = send(new ResidentProfileSet(UUID.randomUUID(), "en", "", "", "", "profile-2026-12"),
                TestKiosk.STAFF);

        assertThat(byResidentAlone.reason()).isEqualTo(BusinessRules.STAFF_CONFIRMATION_REQUIRED);
        assertThat(first.accepted()).isTrue();
        assertThat(second.accepted()).isTrue();
        assertThat(unknown.reason()).isEqualTo(BusinessRules.UNKNOWN_RESIDENT);
        boolean replacedWhole = server.database.inTransaction(connection -> org.huzhu.server.store.Queries.exists(
                connection, "SELECT 1 FROM resident_profile WHERE resident_id = ? AND phone = '' AND language = 'en'",
                resident.toString()));
        assertThat(replacedWhole).as("the second setting replaced the first whole").isTrue();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void staffPinAnEnrolledResidentsBindingToTheirNewCardAndTheSnapshotCarriesIt(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
        UUID resident = UUID.randomUUID();
        Actor residentsCard = card(resident);
        String newCard = "5e".repeat(32);

        Verdict byResidentAlone = send(new CardReplaced(resident, newCard, "lost"), residentsCard);
        Verdict replaced = send(new CardReplaced(resident, newCard, "lost"), TestKiosk.STAFF);
        Verdict again = send(new CardReplaced(resident, newCard, "lost"), TestKiosk.STAFF);
        Verdict unknown = send(new CardReplaced(UUID.randomUUID(), newCard, "lost"), TestKiosk.STAFF);
        Verdict anotherCard = send(new CardReplaced(resident, "6f".repeat(32), "stolen"), TestKiosk.STAFF);

        assertThat(byResidentAlone.reason()).isEqualTo(BusinessRules.STAFF_CONFIRMATION_REQUIRED);
        assertThat(replaced.accepted()).isTrue();
        assertThat(again.reason()).as("the card in use already").isEqualTo(BusinessRules.CARD_ALREADY_CURRENT);
        assertThat(unknown.reason()).isEqualTo(BusinessRules.UNKNOWN_RESIDENT);
        assertThat(anotherCard.accepted()).as("a second loss").isTrue();
        assertThat(server.snapshotAtKioskTime(kiosk, 0).residents()).filteredOn(row -> row.residentId().equals(
                resident.toString())).singleElement().satisfies(row -> {
                    assertThat(row.cardSerialHash()).isEqualTo("6f".repeat(32));
                    assertThat(row.cardHash()).as("the same ID number, the same pseudonym")
                            .isEqualTo(residentsCard.cardHash());
                });
    }

    // --- residents' voice and the centre's notices (issue 12 part 7) ---

    @ParameterizedTest
    @MethodSource(BOTH)
    void aResidentRatesTheirOwnBookedServiceOnceAfterItTookPlace(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
        Snapshot.Slot haircut = server.snapshotAtKioskTime(kiosk, 0).slots().stream()
                .filter(s -> s.serviceCode().equals("haircut")).findFirst().orElseThrow();
        UUID resident = UUID.randomUUID();
        UUID neighbour = UUID.randomUUID();
        UUID booking = UUID.randomUUID();
        UUID cancelledBooking = UUID.randomUUID();
        Actor card = card(resident);
        assertThat(send(book(booking, resident, haircut), card).accepted()).isTrue();
        assertThat(send(book(cancelledBooking, resident, haircut), card).accepted()).isTrue();
        assertThat(send(new BookingCancelled(cancelledBooking, resident, "changed plans"), card).accepted()).isTrue();

        Verdict tooEarly = send(new ServiceRated(booking, resident, ServiceRated.HAPPY), card);
        kiosk.advance(Duration.between(kiosk.now(), haircut.startsAt()).plusHours(2));
        Verdict unknown = send(new ServiceRated(UUID.randomUUID(), resident, ServiceRated.HAPPY), card);
        Verdict notTheirs = send(new ServiceRated(booking, neighbour, ServiceRated.HAPPY), card(neighbour));
        Verdict byAStranger = send(new ServiceRated(booking, resident, ServiceRated.HAPPY), card(neighbour));
        Verdict cancelled = send(new ServiceRated(cancelledBooking, resident, ServiceRated.HAPPY), card);
        Verdict rated = send(new ServiceRated(booking, resident, ServiceRated.NEUTRAL), card);
        Verdict again = send(new ServiceRated(booking, resident, ServiceRated.HAPPY), card);

        assertThat(tooEarly.reason()).isEqualTo(BusinessRules.NOT_YET_TAKEN_PLACE);
        assertThat(unknown.reason()).isEqualTo(BusinessRules.UNKNOWN_BOOKING);
        assertThat(notTheirs.reason()).isEqualTo(BusinessRules.NOT_YOUR_BOOKING);
        assertThat(byAStranger.reason()).isEqualTo("not-authorised-for-resident");
        assertThat(cancelled.reason()).isEqualTo(BusinessRules.BOOKING_CANCELLED);
        assertThat(rated.accepted()).isTrue();
        assertThat(again.reason()).isEqualTo(BusinessRules.ALREADY_RATED);
        assertThat(server.snapshotAtKioskTime(kiosk, 0).serviceRatings()).singleElement().satisfies(total -> {
            assertThat(total.serviceCode()).isEqualTo("haircut");
            assertThat(total.ratings()).isEqualTo(1);
            assertThat(total.starsTotal()).isEqualTo(ServiceRated.NEUTRAL);
        });
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aFamilyMembersCardOrStaffMayRateForTheResidentAndTheTotalsAddUp(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
        Snapshot.Slot haircut = server.snapshotAtKioskTime(kiosk, 0).slots().stream()
                .filter(s -> s.serviceCode().equals("haircut")).findFirst().orElseThrow();
        UUID resident = UUID.randomUUID();
        UUID daughter = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        card(resident);
        card(daughter);
        server.linkFamily(record, kiosk, resident, daughter);
        assertThat(send(book(first, resident, haircut), card(daughter)).accepted()).isTrue();
        assertThat(send(book(second, resident, haircut), TestKiosk.STAFF).accepted()).isTrue();
        long before = server.snapshotAtKioskTime(kiosk, 0).version();
        kiosk.advance(Duration.between(kiosk.now(), haircut.startsAt()).plusMinutes(1));

        assertThat(send(new ServiceRated(first, resident, ServiceRated.HAPPY), card(daughter)).accepted()).isTrue();
        assertThat(send(new ServiceRated(second, resident, ServiceRated.UNHAPPY), TestKiosk.STAFF).accepted())
                .isTrue();

        Snapshot changes = server.snapshotAtKioskTime(kiosk, before);
        assertThat(changes.serviceRatings()).singleElement().satisfies(total -> {
            assertThat(total.ratings()).isEqualTo(2);
            assertThat(total.starsTotal()).isEqualTo(6);
            assertThat(total.version()).isEqualTo(changes.version());
        });
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void staffPostANoticeOnceWithItsEndNotBeforeItsStartAndWithdrawItOnce(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
        UUID id = UUID.randomUUID();
        java.time.LocalDate monday = java.time.LocalDate.of(2026, 11, 23);
        NoticePosted notice = new NoticePosted(id, "周五下午理发免费", "Free haircuts on Friday afternoon", monday,
                monday.plusDays(4));

        Verdict byResident = send(notice, card(UUID.randomUUID()));
        Verdict backwards = send(new NoticePosted(UUID.randomUUID(), "通知", "Notice", monday, monday.minusDays(1)),
                TestKiosk.STAFF);
        Verdict posted = send(notice, TestKiosk.STAFF);
        Verdict twice = send(new NoticePosted(id, "另一条", "Another", monday, monday), TestKiosk.STAFF);
        Verdict oneDay = send(new NoticePosted(UUID.randomUUID(), "今天停水", "No water today", monday, monday),
                TestKiosk.STAFF);
        Snapshot afterPosting = server.snapshotAtKioskTime(kiosk, 0);
        Verdict withdrawnByResident = send(new NoticeWithdrawn(id), card(UUID.randomUUID()));
        Verdict unknown = send(new NoticeWithdrawn(UUID.randomUUID()), TestKiosk.STAFF);
        Verdict withdrawn = send(new NoticeWithdrawn(id), TestKiosk.STAFF);
        Verdict withdrawnAgain = send(new NoticeWithdrawn(id), TestKiosk.STAFF);

        assertThat(byResident.reason()).isEqualTo(BusinessRules.STAFF_CONFIRMATION_REQUIRED);
        assertThat(backwards.reason()).isEqualTo(BusinessRules.UNTIL_BEFORE_FROM);
        assertThat(posted.accepted()).isTrue();
        assertThat(twice.reason()).isEqualTo(BusinessRules.DUPLICATE_NOTICE);
        assertThat(oneDay.accepted()).as("from and until the same day").isTrue();
        assertThat(withdrawnByResident.reason()).isEqualTo(BusinessRules.STAFF_CONFIRMATION_REQUIRED);
        assertThat(unknown.reason()).isEqualTo(BusinessRules.UNKNOWN_NOTICE);
        assertThat(withdrawn.accepted()).isTrue();
        assertThat(withdrawnAgain.reason()).isEqualTo(BusinessRules.ALREADY_WITHDRAWN);
        assertThat(afterPosting.notices()).hasSize(2)
                .filteredOn(n -> n.noticeId().equals(id.toString()))
                .singleElement().satisfies(shown -> {
                    assertThat(shown.textZh()).isEqualTo("周五下午理发免费");
                    assertThat(shown.textEn()).isEqualTo("Free haircuts on Friday afternoon");
                    assertThat(shown.fromDate()).isEqualTo(monday);
                    assertThat(shown.untilDate()).isEqualTo(monday.plusDays(4));
                    assertThat(shown.active()).isTrue();
                });
        Snapshot afterWithdrawal = server.snapshotAtKioskTime(kiosk, afterPosting.version());
        assertThat(afterWithdrawal.notices()).as("the withdrawal travels as the notice, inactive").singleElement()
                .satisfies(gone -> {
                    assertThat(gone.noticeId()).isEqualTo(id.toString());
                    assertThat(gone.active()).isFalse();
                });
    }

    // family unlink and one-way rights (issue 12 part 2)

    /** Enrols the two with their cards, links them, credits each 100 minutes; the snapshot version after it. */
    private long linkedWithMinutes(UUID resident, UUID member) throws Exception {
        card(resident);
        card(member);
        server.linkFamily(record, kiosk, resident, member);
        credit(resident, 100);
        credit(member, 100);
        return server.snapshotAtKioskTime(kiosk, 0).version();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void onlyStaffUnlinkAnActiveLinkBothWaysItsRowStaysAndLinkingAgainRestoresIt(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
        Snapshot.Slot haircut = server.snapshotAtKioskTime(kiosk, 0).slots().getFirst();
        UUID mother = UUID.randomUUID();
        UUID daughter = UUID.randomUUID();
        long linked = linkedWithMinutes(mother, daughter);

        Verdict byResident = send(new FamilyUnlinked(mother, daughter, "moved away"), card(mother));
        Verdict strangers = send(new FamilyUnlinked(mother, UUID.randomUUID(), "moved away"), TestKiosk.STAFF);
        Verdict unlinked = send(new FamilyUnlinked(daughter, mother, "moved away"), TestKiosk.STAFF);
        Snapshot afterUnlink = server.snapshotAtKioskTime(kiosk, linked);
        Verdict again = send(new FamilyUnlinked(mother, daughter, "moved away"), TestKiosk.STAFF);
        Verdict bookedByDaughter = send(book(UUID.randomUUID(), mother, haircut), card(daughter));
        Verdict redeemedByDaughter = send(new HoursRedeemed(mother, 10, UUID.randomUUID()), card(daughter));
        Verdict given = send(new HoursTransferred(mother, daughter, 10), card(mother));
        Verdict rightsAfterUnlink = send(new FamilyPermissionsSet(mother, daughter, true, true, true),
                TestKiosk.STAFF);
        Verdict relinked = send(new FamilyLinked(mother, daughter), TestKiosk.STAFF);
        Snapshot afterRelink = server.snapshotAtKioskTime(kiosk, afterUnlink.version());
        Verdict givenAfterRelink = send(new HoursTransferred(mother, daughter, 10), card(mother));

        assertThat(byResident.reason()).isEqualTo(BusinessRules.STAFF_CONFIRMATION_REQUIRED);
        assertThat(strangers.reason()).isEqualTo(BusinessRules.NOT_FAMILY);
        assertThat(unlinked.accepted()).as("either order of the two ids").isTrue();
        assertThat(afterUnlink.familyLinks()).as("the row stays, ended").singleElement().satisfies(link -> {
            assertThat(link.residentId()).isEqualTo(mother.toString());
            assertThat(link.active()).isFalse();
        });
        assertThat(again.reason()).isEqualTo(BusinessRules.NOT_FAMILY);
        assertThat(List.of(bookedByDaughter, redeemedByDaughter)).extracting(Verdict::reason)
                .containsOnly(AuthorityRules.NOT_AUTHORISED_FOR_RESIDENT);
        assertThat(given.reason()).isEqualTo(BusinessRules.NOT_FAMILY);
        assertThat(rightsAfterUnlink.reason()).isEqualTo(BusinessRules.NOT_FAMILY);
        assertThat(relinked.accepted()).isTrue();
        assertThat(afterRelink.familyLinks()).singleElement().satisfies(link -> {
            assertThat(link.active()).isTrue();
            assertThat(link.memberForResident()).isEqualTo(Snapshot.FamilyRights.ALL);
            assertThat(link.residentForMember()).isEqualTo(Snapshot.FamilyRights.ALL);
        });
        assertThat(givenAfterRelink.accepted()).isTrue();
        assertThat(server.balance(account(mother))).isEqualTo(90);
        assertThat(server.balance(account(daughter))).isEqualTo(110);
        org.huzhu.server.counter.CounterQueries counter = new org.huzhu.server.counter.CounterQueries(
                server.database, java.time.ZoneId.of("Asia/Shanghai"));
        for (UUID[] pair : new UUID[][] {{mother, daughter}, {daughter, mother}}) {
            assertThat(counter.statement("residentId=" + pair[0]).entries().items())
                    .filteredOn(entry -> entry.type().equals("family.unlinked"))
                    .as("the ended link in both statements").singleElement().satisfies(entry -> {
                        assertThat(entry.minutes()).isZero();
                        assertThat(entry.counterpartyId()).isEqualTo(pair[1].toString());
                        assertThat(entry.reason()).isEqualTo("moved away");
                    });
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void familyRightsHoldOneWayAndATransferNeedsTheReceiversRight(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
        Snapshot.Slot haircut = server.snapshotAtKioskTime(kiosk, 0).slots().getFirst();
        UUID mother = UUID.randomUUID();
        UUID daughter = UUID.randomUUID();
        long linked = linkedWithMinutes(mother, daughter);

        Verdict byResident = send(new FamilyPermissionsSet(mother, daughter, true, false, false), card(mother));
        Verdict strangers = send(new FamilyPermissionsSet(mother, UUID.randomUUID(), true, true, true),
                TestKiosk.STAFF);
        Verdict daughterForMother = send(new FamilyPermissionsSet(mother, daughter, true, false, false),
                TestKiosk.STAFF);
        Verdict motherForDaughter = send(new FamilyPermissionsSet(daughter, mother, false, true, true),
                TestKiosk.STAFF);
        Snapshot changes = server.snapshotAtKioskTime(kiosk, linked);

        assertThat(byResident.reason()).isEqualTo(BusinessRules.STAFF_CONFIRMATION_REQUIRED);
        assertThat(strangers.reason()).isEqualTo(BusinessRules.NOT_FAMILY);
        assertThat(daughterForMother.accepted()).isTrue();
        assertThat(motherForDaughter.accepted()).as("the other direction, recorded the other way round").isTrue();
        assertThat(changes.familyLinks()).singleElement().satisfies(link -> {
            assertThat(link.residentId()).isEqualTo(mother.toString());
            assertThat(link.active()).isTrue();
            assertThat(link.memberForResident()).isEqualTo(new Snapshot.FamilyRights(true, false, false));
            assertThat(link.residentForMember()).isEqualTo(new Snapshot.FamilyRights(false, true, true));
            assertThat(link.version()).isEqualTo(changes.version());
        });

        assertThat(send(book(UUID.randomUUID(), mother, haircut), card(daughter)).accepted())
                .as("the daughter may book for her mother").isTrue();
        assertThat(send(new HoursRedeemed(mother, 10, UUID.randomUUID()), card(daughter)).reason())
                .as("but not spend her minutes").isEqualTo(AuthorityRules.NOT_AUTHORISED_FOR_RESIDENT);
        assertThat(send(new HoursTransferred(mother, daughter, 10), card(daughter)).reason())
                .isEqualTo(AuthorityRules.NOT_AUTHORISED_FOR_RESIDENT);
        assertThat(send(new HoursTransferred(mother, daughter, 10), card(mother)).reason())
                .as("nor receive them, even from the mother's own card")
                .isEqualTo(BusinessRules.FAMILY_MAY_NOT_RECEIVE);
        assertThat(send(new HoursTransferred(mother, daughter, 10), TestKiosk.STAFF).reason())
                .as("staff cannot override the resident's choice").isEqualTo(BusinessRules.FAMILY_MAY_NOT_RECEIVE);
        assertThat(send(book(UUID.randomUUID(), daughter, haircut), card(mother)).reason())
                .as("the mother may not book for her daughter")
                .isEqualTo(AuthorityRules.NOT_AUTHORISED_FOR_RESIDENT);
        assertThat(send(new HoursTransferred(daughter, mother, 30), card(mother)).accepted())
                .as("the mother may spend her daughter's minutes and receive them").isTrue();
        assertThat(server.balance(account(mother))).isEqualTo(130);
        assertThat(server.balance(account(daughter))).isEqualTo(70);
        assertThat(server.ledgerSum()).isZero();
    }
}
