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
import org.huzhu.protocol.aid.AidOrderStatus;
import org.huzhu.protocol.aid.MatchRefusal;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.payload.BillItem;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.money.MoneyLedger;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.SqlWork;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The money of aid orders (ADR 0015) on SQLite and PostgreSQL: a hold per order, paid only on a match, the rest
 * returned once; after every step the ledger sums to 0 and reconciliation passes.
 */
class AidOrdersTest {

    private static final String BOTH = "org.huzhu.server.testsupport.Stores#both";
    private static final String CHARITY = "I-00000000000000c1";
    private static final String OTHER_CHARITY = "I-00000000000000c2";
    private static final String HOSPITAL = "I-00000000000000a1";
    private static final String OTHER_HOSPITAL = "I-00000000000000a2";

    @TempDir
    Path folder;

    private ServerParts server;
    private Database database;
    private final UUID patient = UUID.randomUUID();

    @AfterEach
    void close() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private void start(Stores store) throws Exception {
        server = new ServerParts(store.create(folder), LedgerLimits.DEFAULT);
        database = server.database;
        database.inTransaction(connection -> MoneyLedger.transfer(connection, MoneyLedger.BANK,
                MoneyLedger.charity(CHARITY), 500_000, MoneyLedger.Kind.DONATION, null, "donation 1", now()));
    }

    /** One database transaction's answer (a named method, so assertThat knows its type). */
    private <T> T in(SqlWork<T> work) throws Exception {
        return database.inTransaction(work);
    }

    private int expireDue() throws Exception {
        return database.inTransaction(connection -> AidOrders.expireDue(connection, now()));
    }

    private Optional<String> revoke(UUID order, String charity, String reason) throws Exception {
        return database.inTransaction(connection -> AidOrders.revoke(connection, order, charity, reason, now()));
    }

    private Instant now() {
        return server.clock.instant();
    }

    private UUID apply(long amountFen) throws Exception {
        UUID application = UUID.randomUUID();
        database.inTransaction(connection -> {
            AidApplications.record(connection, new AidApplied(application, patient, CHARITY, HOSPITAL,
                    "住院治疗 hospital stay", amountFen, List.of()), UUID.randomUUID().toString(), now());
            return null;
        });
        return application;
    }

    private AidOrderDocument order(UUID application, long maxFen) {
        return new AidOrderDocument(UUID.randomUUID(), application, CHARITY, HOSPITAL,
                AidOrders.patientPseudonym(patient, CHARITY), maxFen, "住院治疗 hospital stay",
                now().plus(Duration.ofDays(30)));
    }

    private Optional<String> issue(AidOrderDocument order) throws Exception {
        return in(connection -> AidOrders.issue(connection, order, "5167", now()));
    }

    private UUID issued(long maxFen) throws Exception {
        AidOrderDocument order = order(apply(maxFen), maxFen);
        assertThat(issue(order)).isEmpty();
        return order.orderId();
    }

    private Optional<MatchRefusal> submit(UUID order, UUID who, String hospital, String number, long fen)
            throws Exception {
        HospitalOrderSubmitted submitted = new HospitalOrderSubmitted(order, who, number, fen,
                List.of(new BillItem("床位费 bed", fen)));
        return in(connection -> AidOrders.match(connection, submitted, hospital,
                UUID.randomUUID().toString(), now()));
    }

    private Optional<MatchRefusal> submit(UUID order, String number, long fen) throws Exception {
        return submit(order, patient, HOSPITAL, number, fen);
    }

    private long balance(String account) throws Exception {
        return in(connection -> MoneyLedger.balance(connection, account));
    }

    private void assertReconciles() throws Exception {
        Reconciliation.Report report = in(Reconciliation::run);
        assertThat(report.problems()).isEmpty();
        assertThat(in(MoneyLedger::sum)).isZero();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void issuingReservesTheMaximumAndAMatchPaysFromTheHoldOnly(Stores store) throws Exception {
        start(store);
        UUID order = issued(300_000);
        assertThat(balance(MoneyLedger.charity(CHARITY))).isEqualTo(200_000);
        assertThat(balance(MoneyLedger.hold(order))).isEqualTo(300_000);
        assertReconciles();

        assertThat(submit(order, "HIS-1", 120_000)).isEmpty();
        assertThat(balance(MoneyLedger.hold(order))).isEqualTo(180_000);
        assertThat(balance(MoneyLedger.hospital(HOSPITAL))).isEqualTo(120_000);
        assertReconciles();

        assertThat(submit(order, "HIS-1", 1_000)).contains(MatchRefusal.ALREADY_MATCHED);
        assertThat(submit(order, "HIS-2", 180_001)).contains(MatchRefusal.OVER_REMAINING);
        assertThat(submit(order, patient, OTHER_HOSPITAL, "HIS-3", 1_000)).contains(MatchRefusal.OTHER_HOSPITAL);
        assertThat(submit(order, UUID.randomUUID(), HOSPITAL, "HIS-4", 1_000)).contains(MatchRefusal.OTHER_PATIENT);
        assertThat(submit(UUID.randomUUID(), "HIS-5", 1_000)).contains(MatchRefusal.UNKNOWN_ORDER);
        assertThat(balance(MoneyLedger.hospital(HOSPITAL))).as("a refusal moves nothing").isEqualTo(120_000);
        assertReconciles();

        assertThat(submit(order, "HIS-6", 180_000)).as("the remainder exactly").isEmpty();
        assertThat(balance(MoneyLedger.hold(order))).isZero();
        assertReconciles();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aPartlyPaidOrderThatExpiresReturnsTheRestOnceAndPaysNoMore(Stores store) throws Exception {
        start(store);
        UUID order = issued(300_000);
        assertThat(submit(order, "HIS-1", 100_000)).isEmpty();

        server.clock.advance(Duration.ofDays(31));
        assertThat(expireDue()).isEqualTo(1);
        assertThat(expireDue())
                .as("returned once").isZero();
        assertThat(balance(MoneyLedger.charity(CHARITY))).isEqualTo(400_000);
        assertThat(balance(MoneyLedger.hold(order))).isZero();
        assertThat(in(connection -> AidOrders.terms(connection, order)).orElseThrow().status())
                .isEqualTo(AidOrderStatus.EXPIRED);
        assertThat(submit(order, "HIS-2", 1_000)).contains(MatchRefusal.EXPIRED);
        assertReconciles();

        UUID application = in(connection -> AidOrders.applicationOf(connection, order));
        List<AidEvents.Event> history = in(connection -> AidEvents.history(connection, application));
        assertThat(history)
                .extracting(AidEvents.Event::kind, AidEvents.Event::amountFen)
                .containsExactly(
                        tuple(AidEvents.Kind.APPLIED, 300_000L),
                        tuple(AidEvents.Kind.APPROVED, 300_000L),
                        tuple(AidEvents.Kind.MATCHED, 100_000L),
                        tuple(AidEvents.Kind.EXPIRED, 0L),
                        tuple(AidEvents.Kind.RETURNED, 200_000L));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anOrderPastItsEndIsExpiredWhenAHospitalOrderArrivesBeforeAnySweep(Stores store) throws Exception {
        start(store);
        UUID order = issued(50_000);
        server.clock.advance(Duration.ofDays(30).plusSeconds(1));
        assertThat(submit(order, "HIS-1", 1_000)).contains(MatchRefusal.EXPIRED);
        assertThat(balance(MoneyLedger.charity(CHARITY))).isEqualTo(500_000);
        assertReconciles();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aRevokedOrderReturnsWhatRemainsAndOnlyItsCharityMayRevokeIt(Stores store) throws Exception {
        start(store);
        UUID order = issued(80_000);
        assertThat(submit(order, "HIS-1", 30_000)).isEmpty();
        assertThat(revoke(order, OTHER_CHARITY, "not ours")).contains(AidOrders.AID_ORDER_NOT_YOURS);
        assertThat(revoke(order, CHARITY, "treatment moved to another hospital")).isEmpty();
        assertThat(revoke(order, CHARITY, "again")).contains(AidOrders.AID_ORDER_NOT_OPEN);
        assertThat(balance(MoneyLedger.charity(CHARITY))).isEqualTo(470_000);
        assertThat(submit(order, "HIS-2", 1_000)).contains(MatchRefusal.REVOKED);
        assertReconciles();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anOrderMustApproveTheCharitysOwnOpenApplicationForItsHospitalAndPatientWithinThePool(Stores store)
            throws Exception {
        start(store);
        UUID application = apply(100_000);
        AidOrderDocument good = order(application, 100_000);
        assertThat(issue(new AidOrderDocument(good.orderId(), UUID.randomUUID(), CHARITY, HOSPITAL, good.patient(),
                100_000, good.purpose(), good.validUntil()))).contains(AidOrders.APPLICATION_UNKNOWN);
        assertThat(issue(new AidOrderDocument(good.orderId(), application, OTHER_CHARITY, HOSPITAL, good.patient(),
                100_000, good.purpose(), good.validUntil()))).contains(AidOrders.APPLICATION_NOT_YOURS);
        assertThat(issue(new AidOrderDocument(good.orderId(), application, CHARITY, OTHER_HOSPITAL, good.patient(),
                100_000, good.purpose(), good.validUntil()))).contains(AidOrders.HOSPITAL_NOT_APPLIED_FOR);
        assertThat(issue(new AidOrderDocument(good.orderId(), application, CHARITY, HOSPITAL,
                AidOrders.patientPseudonym(UUID.randomUUID(), CHARITY), 100_000, good.purpose(), good.validUntil())))
                .contains(AidOrders.PATIENT_MISMATCH);
        assertThat(issue(new AidOrderDocument(good.orderId(), application, CHARITY, HOSPITAL, good.patient(),
                100_000, good.purpose(), now()))).contains(AidOrders.VALID_UNTIL_PAST);
        assertThat(issue(new AidOrderDocument(good.orderId(), application, CHARITY, HOSPITAL, good.patient(),
                500_001, good.purpose(), good.validUntil()))).contains(AidOrders.INSUFFICIENT_POOL);
        assertThat(balance(MoneyLedger.charity(CHARITY))).as("refusals reserve nothing").isEqualTo(500_000);

        assertThat(issue(good)).isEmpty();
        assertThat(issue(good)).as("the same order again is not a second order").isEmpty();
        assertThat(issue(new AidOrderDocument(good.orderId(), application, CHARITY, HOSPITAL, good.patient(),
                90_000, good.purpose(), good.validUntil()))).contains(AidOrders.DUPLICATE_AID_ORDER);
        assertThat(issue(order(application, 10_000))).contains(AidOrders.APPLICATION_ALREADY_APPROVED);
        assertThat(balance(MoneyLedger.charity(CHARITY))).isEqualTo(400_000);
        assertReconciles();
    }
}
