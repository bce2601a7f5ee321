package org.huzhu.server.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.protocol.aid.AidOrderDocument;
import org.huzhu.protocol.aid.MatchRefusal;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.payload.BillItem;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.money.MoneyLedger;
import org.huzhu.server.store.SqlWork;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The snapshot's {@code aidOrders} on SQLite and PostgreSQL (issue 13 part 6): every change of an order (issued, a
 * payment matched, expired, revoked) sends it again with a new version and its figures; nothing else of it travels.
 */
class AidSnapshotTest {

    private static final String BOTH = "org.huzhu.server.testsupport.Stores#both";
    private static final String CHARITY = "I-00000000000000c1";
    private static final String HOSPITAL = "I-00000000000000a1";
    private static final String PURPOSE = "住院治疗 hospital stay";

    @TempDir
    Path folder;

    private ServerParts server;
    private TestKiosk kiosk;

    @AfterEach
    void close() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private void start(Stores store) throws Exception {
        server = new ServerParts(store.create(folder), LedgerLimits.DEFAULT);
        kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
        server.enrol(kiosk);
        server.database.inTransaction(connection -> MoneyLedger.transfer(connection, MoneyLedger.BANK,
                MoneyLedger.charity(CHARITY), 1_000_000, MoneyLedger.Kind.DONATION, null, "donation 1", now()));
    }

    /** One database transaction's answer (a named method, so assertThat knows its type). */
    private <T> T in(SqlWork<T> work) throws Exception {
        return server.database.inTransaction(work);
    }

    private Instant now() {
        return server.clock.instant();
    }

    private Snapshot since(long version) throws Exception {
        kiosk.advance(Duration.between(kiosk.now(), now()));
        return server.snapshotAtKioskTime(kiosk, version);
    }

    private UUID issued(UUID resident, long maxFen, Duration validFor) throws Exception {
        UUID application = UUID.randomUUID();
        AidOrderDocument order = new AidOrderDocument(UUID.randomUUID(), application, CHARITY, HOSPITAL,
                AidOrders.patientPseudonym(resident, CHARITY), maxFen, PURPOSE, now().plus(validFor));
        Optional<String> refused = server.database.inTransaction(connection -> {
            AidApplications.record(connection, new AidApplied(application, resident, CHARITY, HOSPITAL, PURPOSE,
                    maxFen, List.of()), UUID.randomUUID().toString(), now());
            return AidOrders.issue(connection, order, "5167", now());
        });
        assertThat(refused).isEmpty();
        return order.orderId();
    }

    private void paid(UUID order, UUID resident, String number, long fen) throws Exception {
        HospitalOrderSubmitted submitted = new HospitalOrderSubmitted(order, resident, number, fen,
                List.of(new BillItem("床位费 bed", fen)));
        Optional<MatchRefusal> refusal = server.database.inTransaction(connection -> AidOrders.match(connection,
                submitted, HOSPITAL, UUID.randomUUID().toString(), now()));
        assertThat(refusal).isEmpty();
    }

    private static Snapshot.AidOrder only(Snapshot snapshot, UUID order) {
        assertThat(snapshot.aidOrders()).extracting(Snapshot.AidOrder::orderId).containsExactly(order.toString());
        return snapshot.aidOrders().getFirst();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anIssuedOrderThenEachPaymentAndItsExpirySendTheOrderAgainWithItsFiguresAndANewVersion(Stores store)
            throws Exception {
        start(store);
        UUID patient = UUID.randomUUID();
        Snapshot before = since(0);
        assertThat(before.aidOrders()).isEmpty();

        UUID order = issued(patient, 300_000, Duration.ofDays(30));
        Instant validUntil = now().plus(Duration.ofDays(30));
        Snapshot afterIssue = since(before.version());
        Snapshot.AidOrder issued = only(afterIssue, order);
        assertThat(issued).extracting(Snapshot.AidOrder::residentId, Snapshot.AidOrder::approvedFen,
                Snapshot.AidOrder::paidFen, Snapshot.AidOrder::status, Snapshot.AidOrder::validUntil,
                Snapshot.AidOrder::payments).containsExactly(patient.toString(), 300_000L, 0L, "open", validUntil,
                List.of());
        assertThat(issued.charityName()).as("no institution registered: named by its id").isEqualTo(CHARITY);
        assertThat(issued.hospitalName()).isEqualTo(HOSPITAL);
        assertThat(issued.version()).isGreaterThan(before.version()).isLessThanOrEqualTo(afterIssue.version());
        assertThat(since(afterIssue.version()).aidOrders()).as("nothing changed since").isEmpty();

        server.clock.advance(Duration.ofDays(2));
        Instant firstPaidAt = now();
        paid(order, patient, "HIS-1", 120_000);
        server.clock.advance(Duration.ofDays(1));
        paid(order, patient, "HIS-2", 60_000);
        Snapshot afterPayments = since(afterIssue.version());
        Snapshot.AidOrder paid = only(afterPayments, order);
        assertThat(paid.paidFen()).isEqualTo(180_000);
        assertThat(paid.status()).isEqualTo("open");
        assertThat(paid.payments()).extracting(Snapshot.AidPayment::amountFen, Snapshot.AidPayment::paidAt)
                .containsExactly(tuple(120_000L, firstPaidAt), tuple(60_000L, firstPaidAt.plus(Duration.ofDays(1))));
        assertThat(paid.version()).isGreaterThan(issued.version()).isLessThanOrEqualTo(afterPayments.version());

        server.clock.advance(Duration.ofDays(28));
        int expiredNow = in(connection -> AidOrders.expireDue(connection, now()));
        assertThat(expiredNow).isEqualTo(1);
        Snapshot.AidOrder expired = only(since(afterPayments.version()), order);
        assertThat(expired).extracting(Snapshot.AidOrder::status, Snapshot.AidOrder::approvedFen,
                Snapshot.AidOrder::paidFen).containsExactly("expired", 300_000L, 180_000L);
        assertThat(expired.payments()).hasSize(2);
        assertThat(expired.version()).isGreaterThan(paid.version());
        assertThat(since(0).aidOrders()).as("a full snapshot has the order as it is now").containsExactly(expired);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void onlyOrdersChangedAfterSinceAreSentAndARevokedOneSaysSo(Stores store) throws Exception {
        start(store);
        UUID wang = UUID.randomUUID();
        UUID li = UUID.randomUUID();
        UUID first = issued(wang, 50_000, Duration.ofDays(30));
        Snapshot one = since(0);
        UUID second = issued(li, 80_000, Duration.ofDays(60));

        Snapshot two = since(one.version());
        assertThat(only(two, second).residentId()).isEqualTo(li.toString());

        Optional<String> refused = in(connection -> AidOrders.revoke(connection, first, CHARITY,
                "treatment moved to another hospital", now()));
        assertThat(refused).isEmpty();
        Snapshot.AidOrder revoked = only(since(two.version()), first);
        assertThat(revoked.status()).isEqualTo("revoked");
        assertThat(revoked.paidFen()).isZero();
        assertThat(since(0).aidOrders()).extracting(Snapshot.AidOrder::orderId)
                .containsExactlyInAnyOrder(first.toString(), second.toString());
    }

    /** ADR 0014: the kiosk is told who gives, for which hospital, how much and until when; nothing else. */
    @ParameterizedTest
    @MethodSource(BOTH)
    void thePurposeThePseudonymAndTheBillItemsNeverReachAKiosk(Stores store) throws Exception {
        start(store);
        UUID patient = UUID.randomUUID();
        UUID order = issued(patient, 300_000, Duration.ofDays(30));
        paid(order, patient, "HIS-7", 10_000);

        String json = SyncJson.MAPPER.writeValueAsString(since(0));

        assertThat(json).contains(order.toString())
                .doesNotContain(PURPOSE)
                .doesNotContain("床位费")
                .doesNotContain("HIS-7")
                .doesNotContain(AidOrders.patientPseudonym(patient, CHARITY));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void theDemoGivesItsResidentOneOrderPartlyPaidOnceAndTheLedgerReconciles(Stores store) throws Exception {
        start(store);
        UUID resident = UUID.randomUUID();
        boolean added = in(connection -> DemoAid.topUp(connection, resident, now()));
        boolean addedAgain = in(connection -> DemoAid.topUp(connection, resident, now()));
        assertThat(added).isTrue();
        assertThat(addedAgain).as("a demo server started again keeps its one order").isFalse();

        Snapshot.AidOrder demo = only(since(0), DemoAid.ORDER);
        assertThat(demo).extracting(Snapshot.AidOrder::residentId, Snapshot.AidOrder::charityName,
                Snapshot.AidOrder::hospitalName, Snapshot.AidOrder::approvedFen, Snapshot.AidOrder::paidFen,
                Snapshot.AidOrder::status, Snapshot.AidOrder::validUntil).containsExactly(resident.toString(),
                DemoAid.CHARITY, DemoAid.HOSPITAL, DemoAid.APPROVED_FEN, DemoAid.PAID_FEN, "open",
                now().plus(DemoAid.VALID_FOR));
        assertThat(demo.payments()).extracting(Snapshot.AidPayment::amountFen).containsExactly(DemoAid.PAID_FEN);
        Reconciliation.Report report = in(Reconciliation::run);
        long sum = in(MoneyLedger::sum);
        assertThat(report.problems()).isEmpty();
        assertThat(sum).isZero();
    }
}
