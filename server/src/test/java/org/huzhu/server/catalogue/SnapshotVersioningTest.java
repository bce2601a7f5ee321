package org.huzhu.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ResidentProfileSet;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.TransactionReversed;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.community.VolunteerTasks;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Snapshots send only what changed since the version the kiosk has, on SQLite and PostgreSQL. */
class SnapshotVersioningTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void onlyChangesSinceTheGivenVersionAreSent(Stores store) throws Exception {
        try (ServerParts server = new ServerParts(store.create(folder), LedgerLimits.DEFAULT)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
            KioskRecord record = server.enrol(kiosk);

            Snapshot full = server.snapshotAtKioskTime(kiosk, 0);
            Snapshot nothingNew = server.snapshotAtKioskTime(kiosk, full.version());
            Snapshot.Slot slot = full.slots().getFirst();
            Snapshot.VolunteerTask withdrawn = full.volunteerTasks().getLast();
            UUID resident = UUID.randomUUID();
            UUID member = UUID.randomUUID();
            UUID task = UUID.fromString(full.volunteerTasks().getFirst().taskId());
            List<Verdict> verdicts = server.send(record, List.of(
                    kiosk.next(new BookingCreated(UUID.randomUUID(), resident, slot.serviceCode(),
                            UUID.fromString(slot.slotId()), slot.startsAt(), 30, 0), TestKiosk.STAFF),
                    kiosk.next(new ResidentEnrolled(resident, "aa".repeat(32), "bb".repeat(32), "张建国"),
                            TestKiosk.STAFF),
                    kiosk.next(ServerParts.enrolment(member), TestKiosk.STAFF),
                    kiosk.next(new FamilyLinked(resident, member), TestKiosk.STAFF),
                    kiosk.next(new ServiceConfirmed(task, resident, 45, "staff-2",
                            "credited at the counter"), TestKiosk.STAFF))).verdicts();
            Instant confirmedAt = kiosk.now();
            server.database.inTransaction(connection -> {
                VolunteerTasks.upsert(connection, new VolunteerTasks.Task(UUID.fromString(withdrawn.taskId()),
                        withdrawn.titleZh(), withdrawn.titleEn(), withdrawn.placeZh(), withdrawn.placeEn(),
                        withdrawn.startsAt(), withdrawn.minutes(), false));
                return null;
            });
            Snapshot changes = server.snapshotAtKioskTime(kiosk, full.version());
            Snapshot afterChanges = server.snapshotAtKioskTime(kiosk, changes.version());

            assertThat(verdicts).allMatch(Verdict::accepted);
            assertThat(full.since()).isZero();
            assertThat(full.services()).hasSize(8);
            assertThat(full.slots()).hasSize(8 * 7 * 2);
            assertThat(full.volunteerTasks()).hasSize(3 * 7).allMatch(Snapshot.VolunteerTask::active);
            assertThat(full.residents()).isEmpty();
            assertThat(full.familyLinks()).isEmpty();
            assertThat(full.confirmedTasks()).isEmpty();
            assertThat(full.limits().offlineLimitMinutes()).isEqualTo(120);
            assertThat(full.limits().maxOfflineAgeMinutes()).isEqualTo(72 * 60);
            assertThat(nothingNew.version()).isEqualTo(full.version());
            assertEmpty(nothingNew);
            assertThat(changes.version()).isGreaterThan(full.version());
            assertThat(changes.services()).isEmpty();
            assertThat(changes.slots()).singleElement().satisfies(changed -> {
                assertThat(changed.slotId()).isEqualTo(slot.slotId());
                assertThat(changed.booked()).isEqualTo(1);
                assertThat(changed.version()).isGreaterThan(full.version());
            });
            assertThat(changes.residents()).extracting(Snapshot.Resident::residentId, Snapshot.Resident::cardHash,
                    Snapshot.Resident::displayName).hasSize(2).contains(tuple(resident.toString(), "aa".repeat(32),
                    "张建国"));
            assertThat(changes.balances()).extracting(Snapshot.Balance::residentId, Snapshot.Balance::balanceMinutes)
                    .containsExactly(tuple(resident.toString(), 45L));
            assertThat(changes.familyLinks()).extracting(Snapshot.FamilyLink::residentId,
                    Snapshot.FamilyLink::memberId).containsExactly(tuple(resident.toString(), member.toString()));
            assertThat(changes.confirmedTasks()).extracting(Snapshot.ConfirmedTask::taskId,
                    Snapshot.ConfirmedTask::volunteerId, Snapshot.ConfirmedTask::minutes,
                    Snapshot.ConfirmedTask::confirmedAt)
                    .containsExactly(tuple(task.toString(), resident.toString(), 45, confirmedAt));
            assertThat(changes.volunteerTasks()).singleElement().satisfies(changed -> {
                assertThat(changed.taskId()).isEqualTo(withdrawn.taskId());
                assertThat(changed.active()).isFalse();
                assertThat(changed.version()).isGreaterThan(withdrawn.version());
            });
            assertThat(changes.familyLinks().getFirst().version()).isGreaterThan(full.version())
                    .isLessThanOrEqualTo(changes.version());
            assertThat(changes.confirmedTasks().getFirst().version()).isGreaterThan(full.version())
                    .isLessThanOrEqualTo(changes.version());
            assertThat(afterChanges.version()).isEqualTo(changes.version());
            assertEmpty(afterChanges);
        }
    }

    /** A staff reversal reaches every kiosk as what it did to each resident, with its reason (issue 12 part 4). */
    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void aReversalIsSentAsOneCorrectionPerResidentItMoved(Stores store) throws Exception {
        try (ServerParts server = new ServerParts(store.create(folder), LedgerLimits.DEFAULT)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
            KioskRecord record = server.enrol(kiosk);
            UUID mother = UUID.randomUUID();
            UUID son = UUID.randomUUID();
            UUID task = server.firstVolunteerTask();
            server.linkFamily(record, kiosk, mother, son);
            server.snapshotAtKioskTime(kiosk, 0); // the kiosk spends from a snapshot, as a real one does
            byte[] credit = kiosk.next(new ServiceConfirmed(task, mother, 60, "staff-2", "at the counter"),
                    TestKiosk.STAFF);
            byte[] transfer = kiosk.next(new HoursTransferred(mother, son, 20), ServerParts.cardOf(mother));
            assertThat(server.send(record, List.of(credit, transfer)).verdicts()).allMatch(Verdict::accepted);
            long before = server.snapshotAtKioskTime(kiosk, 0).version();
            byte[] reverse = kiosk.next(new TransactionReversed(TransactionCodec.decode(transfer).body().id(),
                    "given by mistake"), TestKiosk.STAFF);
            UUID reversal = TransactionCodec.decode(reverse).body().id();
            assertThat(server.send(record, List.of(reverse)).verdicts()).allMatch(Verdict::accepted);

            Snapshot changes = server.snapshotAtKioskTime(kiosk, before);

            assertThat(changes.corrections()).extracting(Snapshot.Correction::transactionId,
                    Snapshot.Correction::residentId, Snapshot.Correction::minutes,
                    Snapshot.Correction::correctedType, Snapshot.Correction::reason)
                    .containsExactlyInAnyOrder(
                            tuple(reversal.toString(), mother.toString(), 20L, "hours.transferred", "given by mistake"),
                            tuple(reversal.toString(), son.toString(), -20L, "hours.transferred", "given by mistake"));
            assertThat(changes.corrections()).allSatisfy(correction -> {
                assertThat(correction.correctedAt()).isEqualTo(kiosk.now());
                assertThat(correction.version()).isGreaterThan(before).isLessThanOrEqualTo(changes.version());
            });
            assertThat(server.snapshotAtKioskTime(kiosk, changes.version()).corrections()).isEmpty();
            assertThat(server.ledgerSum()).isZero();
        }
    }

    /** The language chosen at the counter reaches the kiosks with the resident's row, and nothing else of the profile. */
    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void aProfilesLanguageIsSentWithTheResident(Stores store) throws Exception {
        try (ServerParts server = new ServerParts(store.create(folder), LedgerLimits.DEFAULT)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
            KioskRecord record = server.enrol(kiosk);
            UUID resident = UUID.randomUUID();
            server.enrolResident(record, kiosk, resident);
            long enrolled = server.snapshotAtKioskTime(kiosk, 0).version();
            assertThat(server.snapshotAtKioskTime(kiosk, 0).residents()).singleElement()
                    .satisfies(row -> assertThat(row.language()).as("no profile yet").isNull());

            assertThat(server.send(record, List.of(kiosk.next(new ResidentProfileSet(resident, "en",
                    "138 0013 8000", "", "", "enrolment-2"), TestKiosk.STAFF))).verdicts())
                    .allMatch(Verdict::accepted);

            Snapshot changes = server.snapshotAtKioskTime(kiosk, enrolled);
            assertThat(changes.residents()).singleElement().satisfies(row -> {
                assertThat(row.residentId()).isEqualTo(resident.toString());
                assertThat(row.language()).isEqualTo("en");
                assertThat(row.version()).isGreaterThan(enrolled);
            });
            assertThat(SyncJson.MAPPER.writeValueAsString(changes)).doesNotContain("138");
        }
    }

    private static void assertEmpty(Snapshot snapshot) {
        assertThat(snapshot.services()).isEmpty();
        assertThat(snapshot.slots()).isEmpty();
        assertThat(snapshot.residents()).isEmpty();
        assertThat(snapshot.balances()).isEmpty();
        assertThat(snapshot.familyLinks()).isEmpty();
        assertThat(snapshot.volunteerTasks()).isEmpty();
        assertThat(snapshot.confirmedTasks()).isEmpty();
        assertThat(snapshot.corrections()).isEmpty();
        assertThat(snapshot.aidOrders()).isEmpty();
    }
}
