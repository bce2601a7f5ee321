package org.huzhu.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.PaymentOrderMatched;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.catalogue.Catalogue;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.ledger.Ledger;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.staff.StaffRegistry;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.huzhu.server.testsupport.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A kiosk's word is never enough (issue 11): staff actions need a staff card's signature that the registry backs at
 * the transaction's time, and a resident's minutes are spent only by them, their family or staff. SQLite and
 * PostgreSQL.
 */
class StaffAuthorityTest {

    private static final String BOTH = "org.huzhu.server.testsupport.Stores#both";
    private static final Actor STAFF = TestKiosk.STAFF;

    @TempDir
    Path folder;

    private ServerParts server;
    private TestKiosk kiosk;
    private KioskRecord record;

    @AfterEach
    void close() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private void start(Stores store) throws Exception {
        server = new ServerParts(store.create(folder), LedgerLimits.DEFAULT);
        kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
        record = server.enrol(kiosk);
    }

    private Verdict deliver(byte[] envelope) throws Exception {
        return server.send(record, List.of(envelope)).verdicts().getFirst();
    }

    /** Every staff-only type, with fresh ids, for residents enrolled beforehand where the type needs them. */
    private List<Payload> staffActions() throws Exception {
        UUID mother = UUID.randomUUID();
        UUID son = UUID.randomUUID();
        server.enrolResident(record, kiosk, mother);
        server.enrolResident(record, kiosk, son);
        return List.of(new ServiceConfirmed(UUID.randomUUID(), mother, 1_440, "S-forged", "credited at the counter"),
                ServerParts.enrolment(UUID.randomUUID()), new FamilyLinked(mother, son));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void staffActionsWithoutAValidStaffSignatureAreRejectedAndChangeNothing(Stores store) throws Exception {
        start(store);
        TestStaff unregistered = new TestStaff();
        long ledgerEntriesBefore = ledgerEntries();

        for (Payload action : staffActions()) {
            assertThat(deliver(kiosk.nextAuthorisedBy(action, STAFF)).reason()).as("kiosk alone: %s", action)
                    .isEqualTo("staff-confirmation-required");
            assertThat(deliver(kiosk.nextAuthorisedBy(action, STAFF, unregistered)).reason())
                    .as("unregistered card: %s", action).isEqualTo("staff-not-authorised");
        }

        assertThat(ledgerEntries()).as("120 hours minted by a kiosk alone: not any more")
                .isEqualTo(ledgerEntriesBefore);
        assertThat(server.snapshotAtKioskTime(kiosk, 0).familyLinks()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aStaffSignatureOverOtherContentDoesNotAuthorise(Stores store) throws Exception {
        start(store);
        UUID volunteer = UUID.randomUUID();
        ServiceConfirmed real = new ServiceConfirmed(UUID.randomUUID(), volunteer, 30, "S-1",
                "credited at the counter");
        // The staff card signed a 30-minute confirmation; the kiosk records 1,440 minutes under that signature.
        var signedElsewhere = server.socialWorker.authorise(org.huzhu.protocol.TransactionCodec.authorisedContent(
                UUID.randomUUID(), kiosk.kioskId(), kiosk.now(), STAFF, real));
        byte[] forged = kiosk.nextWithAuthorisations(new ServiceConfirmed(real.taskId(), volunteer, 1_440, "S-1",
                "credited at the counter"),
                STAFF, List.of(signedElsewhere));

        assertThat(deliver(forged).reason()).as("key read from the registry").isEqualTo("staff-not-authorised");
        // The key is now known to the checks made ahead on every core: the same forgery is refused there too.
        byte[] forgedAgain = kiosk.nextWithAuthorisations(new ServiceConfirmed(real.taskId(), volunteer, 1_440,
                "S-1", "credited at the counter"), STAFF, List.of(signedElsewhere));
        assertThat(deliver(forgedAgain).reason()).as("key known ahead").isEqualTo("staff-not-authorised");
        assertThat(deliver(kiosk.next(real, STAFF)).accepted()).isTrue();
        assertThat(server.balance(Ledger.residentAccount(volunteer))).isEqualTo(30);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void revokedSuspendedForeignOrWrongRoleStaffAuthoriseNothingAndValidStaffDo(Stores store) throws Exception {
        start(store);
        TestStaff revoked = registered("已撤销", Set.of(StaffRole.SOCIAL_WORKER), "default");
        TestStaff suspended = registered("已暂停", Set.of(StaffRole.SOCIAL_WORKER), "default");
        TestStaff otherCommunity = registered("外社区", Set.of(StaffRole.SOCIAL_WORKER), "another-community");
        TestStaff hospitalDesk = registered("医院前台", Set.of(StaffRole.HOSPITAL_DESK), "default");
        UUID volunteer = UUID.randomUUID();
        server.enrolResident(record, kiosk, volunteer);
        byte[] beforeRevocation = kiosk.nextAuthorisedBy(confirmation(volunteer, 10), STAFF, revoked);
        change(revoked, StaffRegistry.Change.REVOKED);
        change(suspended, StaffRegistry.Change.SUSPENDED);

        Verdict madeBeforeRevocation = deliver(beforeRevocation);
        Verdict byRevoked = deliver(kiosk.nextAuthorisedBy(confirmation(volunteer, 20), STAFF, revoked));
        Verdict bySuspended = deliver(kiosk.nextAuthorisedBy(confirmation(volunteer, 20), STAFF, suspended));
        Verdict byOtherCommunity = deliver(kiosk.nextAuthorisedBy(confirmation(volunteer, 20), STAFF,
                otherCommunity));
        Verdict byHospitalDesk = deliver(kiosk.nextAuthorisedBy(confirmation(volunteer, 20), STAFF, hospitalDesk));
        Verdict validWithRevoked = deliver(kiosk.nextAuthorisedBy(confirmation(volunteer, 20), STAFF,
                server.socialWorker, revoked));
        change(suspended, StaffRegistry.Change.REINSTATED);
        Verdict reinstated = deliver(kiosk.nextAuthorisedBy(confirmation(volunteer, 40), STAFF, suspended));
        Verdict matchedByDesk = deliver(kiosk.nextAuthorisedBy(new PaymentOrderMatched("AID-1", "HOS-1", 12_000),
                STAFF, hospitalDesk));
        Verdict matchedBySocialWorker = deliver(kiosk.nextAuthorisedBy(new PaymentOrderMatched("AID-2", "HOS-2",
                12_000), STAFF, server.socialWorker));

        assertThat(madeBeforeRevocation.accepted()).as("made while the card was valid").isTrue();
        assertThat(byRevoked.reason()).isEqualTo("staff-revoked");
        assertThat(bySuspended.reason()).isEqualTo("staff-revoked");
        assertThat(byOtherCommunity.reason()).isEqualTo("staff-wrong-community");
        assertThat(byHospitalDesk.reason()).isEqualTo("role-not-allowed");
        assertThat(validWithRevoked.reason()).as("every signature must hold").isEqualTo("staff-revoked");
        assertThat(reinstated.accepted()).isTrue();
        assertThat(matchedByDesk.reason()).as("a desk's role holds; a match is the server's verdict, never claimed")
                .isEqualTo("hospital-order-required");
        assertThat(matchedBySocialWorker.reason()).isEqualTo("role-not-allowed");
        assertThat(server.balance(Ledger.residentAccount(volunteer))).isEqualTo(10 + 40);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aHostileKioskCannotRebindAResidentOrSpendTheirMinutes(Stores store) throws Exception {
        start(store);
        UUID victim = UUID.randomUUID();
        server.enrolResident(record, kiosk, victim);
        assertThat(deliver(kiosk.next(confirmation(victim, 120), STAFF)).accepted()).isTrue();
        TestKiosk hostile = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
        KioskRecord hostileRecord = server.enrol(hostile);
        hostile.useStaffCard(null);
        String attackerCard = "ee".repeat(32);
        server.snapshotAtKioskTime(hostile, 0);

        Verdict rebind = server.send(hostileRecord, List.of(hostile.next(new ResidentEnrolled(victim, attackerCard,
                "1d".repeat(32), "冒名"), STAFF))).verdicts().getFirst();
        Verdict spend = server.send(hostileRecord, List.of(hostile.next(new HoursRedeemed(victim, 120,
                UUID.randomUUID()), new Actor(attackerCard, SignInMethod.CARD)))).verdicts().getFirst();
        Verdict spendAsSystem = server.send(hostileRecord, List.of(hostile.next(new HoursRedeemed(victim, 60,
                UUID.randomUUID()), org.huzhu.protocol.Actor.SYSTEM))).verdicts().getFirst();

        assertThat(rebind.reason()).isEqualTo("staff-confirmation-required");
        assertThat(spend.reason()).isEqualTo("not-authorised-for-resident");
        assertThat(spendAsSystem.reason()).isEqualTo("not-authorised-for-resident");
        java.util.Optional<String> boundToAttacker = server.database.inTransaction(
                connection -> Catalogue.residentByCard(connection, attackerCard));
        assertThat(boundToAttacker).isEmpty();
        assertThat(server.balance(Ledger.residentAccount(victim))).isEqualTo(120);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anotherResidentsCardCannotSpendButALinkedFamilyMembersCan(Stores store) throws Exception {
        start(store);
        UUID resident = UUID.randomUUID();
        UUID daughter = UUID.randomUUID();
        UUID neighbour = UUID.randomUUID();
        server.linkFamily(record, kiosk, resident, daughter);
        server.enrolResident(record, kiosk, neighbour);
        assertThat(deliver(kiosk.next(confirmation(resident, 100), STAFF)).accepted()).isTrue();
        server.snapshotAtKioskTime(kiosk, 0);

        Verdict byNeighbour = deliver(kiosk.next(new HoursRedeemed(resident, 30, UUID.randomUUID()),
                ServerParts.cardOf(neighbour)));
        Verdict byDaughter = deliver(kiosk.next(new HoursRedeemed(resident, 30, UUID.randomUUID()),
                ServerParts.cardOf(daughter)));
        Verdict byTheResident = deliver(kiosk.next(new HoursRedeemed(resident, 30, UUID.randomUUID()),
                ServerParts.cardOf(resident)));

        assertThat(byNeighbour.reason()).isEqualTo("not-authorised-for-resident");
        assertThat(byDaughter.accepted()).isTrue();
        assertThat(byTheResident.accepted()).isTrue();
        assertThat(server.balance(Ledger.residentAccount(resident))).isEqualTo(40);
    }

    private static ServiceConfirmed confirmation(UUID volunteer, int minutes) {
        return new ServiceConfirmed(UUID.randomUUID(), volunteer, minutes, "S-1", "credited at the counter");
    }

    private TestStaff registered(String name, Set<StaffRole> roles, String community) throws Exception {
        TestStaff card = new TestStaff();
        card.register(server.database, name, roles, community, ServerParts.START.minus(Duration.ofDays(1)));
        return card;
    }

    /** A registry change at the kiosk's present time, so the kiosk's next transactions come after it. */
    private void change(TestStaff card, StaffRegistry.Change change) throws Exception {
        kiosk.advance(Duration.ofSeconds(1));
        server.database.inTransaction(connection -> {
            try {
                return StaffRegistry.change(connection, StaffRegistry.staffIdOf(card.fingerprint()), change,
                        kiosk.now(), "test", "test").orElseThrow();
            } catch (org.huzhu.server.staff.StaffRegistryException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long ledgerEntries() throws Exception {
        return server.database.inTransaction(connection -> {
            try (var query = connection.prepareStatement("SELECT COUNT(*) FROM ledger_entry");
                 var row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
