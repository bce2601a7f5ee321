package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.huzhu.protocol.aid.AidOrderDocument;
import org.huzhu.protocol.aid.AidOrderState;
import org.huzhu.protocol.aid.SealedMessage;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.crypto.SealedBoxException;
import org.huzhu.protocol.payload.BillItem;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.aid.AidDelivery;
import org.huzhu.server.institution.InstitutionKind;
import org.huzhu.server.institution.Institutions;
import org.huzhu.server.money.MoneyLedger;
import org.huzhu.server.testsupport.AidParties;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestInstitution;
import org.huzhu.server.testsupport.TestKiosk;
import org.huzhu.server.testsupport.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The aid flow through the real server on SQLite and PostgreSQL (docs/protocol.md §12): a counter's application
 * reaches the charity sealed, the charity's signed order reserves and reaches both parties sealed, a desk's hospital
 * order is paid only when it matches, and every refusal changes nothing; the ledger reconciles after each.
 */
class AidFlowOverHttpTest {

    private static final String BOTH = "org.huzhu.server.testsupport.Stores#both";

    @TempDir
    Path folder;

    private RunningServer running;
    private AidParties parties;
    private final UUID patient = UUID.randomUUID();

    @AfterEach
    void close() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    private void start(Stores store) throws Exception {
        running = new RunningServer(store.create(folder), folder);
        parties = new AidParties(running);
        parties.counter.enrol(patient);
        parties.donate(1_000_000);
    }

    /** An application of the patient, approved by an order of {@code maxFen}. */
    /** A refusal moves nothing: the money ledger sums to 0 and reconciles after each one, not only at the end. */
    private void assertRefusedAndReconciled(String expected, String why, Verdict verdict) throws Exception {
        assertThat(reason(verdict)).as(why).isEqualTo(expected);
        parties.assertReconciles();
    }

    private AidOrderDocument approved(long maxFen) throws Exception {
        UUID application = UUID.randomUUID();
        assertThat(parties.apply(application, patient, parties.charity.id(), parties.hospital.id(), maxFen)
                .accepted()).isTrue();
        AidOrderDocument order = parties.order(application, patient, maxFen);
        parties.issued(order);
        return order;
    }

    private long balance(String account) throws Exception {
        return running.server.database().inTransaction(connection -> MoneyLedger.balance(connection, account));
    }

    private static String reason(Verdict verdict) {
        return verdict.accepted() ? "accepted" : verdict.reason();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anApplicationAndItsOrderReachOnlyTheirPartiesSealedAndAMatchPaysTheHospital(Stores store)
            throws Exception {
        start(store);
        AidOrderDocument order = approved(300_000);

        Page<SealedMessage> charityInbox = parties.charity.inbox(running.client, 0);
        assertThat(charityInbox.items()).extracting(SealedMessage::kind)
                .containsExactly(AidDelivery.APPLICATION, AidDelivery.ORDER);
        JsonNode application = SyncJson.MAPPER.readTree(parties.charity.open(charityInbox.items().getFirst()));
        assertThat(application.get("displayName").asText()).isNotBlank();
        assertThat(application.get("amountFen").asLong()).isEqualTo(300_000);
        SealedMessage forHospital = parties.hospital.inbox(running.client, 0).items().getFirst();
        assertThat(SyncJson.MAPPER.readTree(parties.hospital.open(forHospital)).get("document").get("orderId")
                .asText()).isEqualTo(order.orderId().toString());
        assertThat(catchOpen(parties.otherHospital, forHospital)).as("another institution's key cannot read it")
                .isInstanceOf(SealedBoxException.class);
        assertThat(parties.otherHospital.inbox(running.client, 0).items()).isEmpty();

        assertThat(reason(parties.submit(parties.desk, order.orderId(), patient, "ZY-2026-0001", 120_000)))
                .isEqualTo("accepted");
        assertThat(balance(MoneyLedger.hospital(parties.hospital.id()))).isEqualTo(120_000);
        assertThat(balance(MoneyLedger.hold(order.orderId()))).isEqualTo(180_000);

        HttpResponse<String> seen = parties.hospital.get(running.client, "/v1/aid/orders/" + order.orderId());
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        AidOrderState state = SyncJson.MAPPER.readValue(seen.body(), AidOrderState.class);
        assertThat(state.paidFen()).isEqualTo(120_000);
        assertThat(state.heldFen()).isEqualTo(180_000);
        assertThat(state.history()).extracting(AidOrderState.Event::kind)
                .containsExactly("applied", "approved", "delivered", "matched");
        assertThat(parties.otherHospital.get(running.client, "/v1/aid/orders/" + order.orderId()).statusCode())
                .as("an order is nobody else's business").isEqualTo(404);
        parties.assertReconciles();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void everyMismatchIsRefusedWithItsReasonAndMovesNothing(Stores store) throws Exception {
        start(store);
        AidOrderDocument order = approved(300_000);
        assertThat(reason(parties.submit(parties.desk, order.orderId(), patient, "ZY-1", 100_000)))
                .isEqualTo("accepted");

        assertRefusedAndReconciled("hospital-order-already-matched", "the same hospital order number twice",
                parties.submit(parties.desk, order.orderId(), patient, "ZY-1", 1_000));
        assertRefusedAndReconciled("amount-over-remaining", "over the remainder",
                parties.submit(parties.desk, order.orderId(), patient, "ZY-2", 200_001));
        assertRefusedAndReconciled("aid-order-other-patient", "another patient's order",
                parties.submit(parties.desk, order.orderId(), UUID.randomUUID(), "ZY-3", 1_000));
        assertRefusedAndReconciled("aid-order-unknown", "no such order",
                parties.submit(parties.desk, UUID.randomUUID(), patient, "ZY-4", 1_000));
        TestStaff otherReceptionist = new TestStaff();
        otherReceptionist.registerAtHospital(running.server.database(), "前台 王", parties.otherHospital.id(),
                Instant.now().minusSeconds(3600));
        TestKiosk otherDesk = parties.deskOf(parties.otherHospital.id(), otherReceptionist);
        assertRefusedAndReconciled("aid-order-other-hospital", "approved for another hospital",
                parties.submit(otherDesk, order.orderId(), patient, "HS-1", 1_000));
        TestKiosk mixedDesk = parties.deskOf(parties.hospital.id(), otherReceptionist);
        assertRefusedAndReconciled("staff-not-of-hospital", "a staff card of another hospital at this hospital's desk",
                parties.submit(mixedDesk, order.orderId(), patient, "ZY-5", 1_000));
        assertRefusedAndReconciled("role-not-allowed", "a social worker is no hospital desk",
                parties.counter.post(parties.counter.kiosk, parties.counter.kiosk.next(
                        new HospitalOrderSubmitted(order.orderId(), patient, "ZY-6", 1_000,
                                List.of(new BillItem("x", 1_000))), TestKiosk.STAFF)).getFirst());

        assertThat(balance(MoneyLedger.hospital(parties.hospital.id()))).isEqualTo(100_000);
        assertThat(balance(MoneyLedger.hold(order.orderId()))).isEqualTo(200_000);
        parties.assertReconciles();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aRevokedOrderPaysNothingMoreAndASuspendedCharitysOrdersWait(Stores store) throws Exception {
        start(store);
        AidOrderDocument revoked = approved(50_000);
        AidOrderDocument frozen = approved(60_000);
        assertThat(reason(parties.submit(parties.desk, revoked.orderId(), patient, "ZY-1", 10_000)))
                .isEqualTo("accepted");
        HttpResponse<String> revoke = parties.charity.send(running.client, "POST",
                "/v1/aid/orders/" + revoked.orderId() + "/revoke",
                "{\"reason\":\"treated elsewhere\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(revoke.statusCode()).as(revoke.body()).isEqualTo(200);
        assertThat(SyncJson.MAPPER.readValue(revoke.body(), AidOrderState.class).returnedFen()).isEqualTo(40_000);
        assertThat(reason(parties.submit(parties.desk, revoked.orderId(), patient, "ZY-2", 1_000)))
                .isEqualTo("aid-order-revoked");

        Institutions.inTransaction(running.server.database(), connection -> Institutions.suspend(connection,
                parties.charity.id(), Instant.now(), "auditor", "licence lapsed"));
        assertThat(reason(parties.submit(parties.desk, frozen.orderId(), patient, "ZY-3", 1_000)))
                .isEqualTo("institution-suspended");
        assertThat(parties.charity.get(running.client, "/v1/aid/inbox").statusCode())
                .as("a suspended charity can do nothing").isEqualTo(403);
        parties.assertReconciles();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aSuspendedHospitalIsPaidNothingAndTheMoneyStaysHeld(Stores store) throws Exception {
        start(store);
        AidOrderDocument order = approved(40_000);
        Institutions.inTransaction(running.server.database(), connection -> Institutions.suspend(connection,
                parties.hospital.id(), Instant.now(), "auditor", "licence under review"));

        assertRefusedAndReconciled("institution-suspended", "the hospital is suspended",
                parties.submit(parties.desk, order.orderId(), patient, "ZY-1", 10_000));
        assertThat(balance(MoneyLedger.hospital(parties.hospital.id()))).isZero();
        assertThat(balance(MoneyLedger.hold(order.orderId()))).isEqualTo(40_000);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void onlyAnAuditedCharityIssuesInItsOwnNameWithItsOwnKeyWithinItsPool(Stores store) throws Exception {
        start(store);
        UUID application = UUID.randomUUID();
        assertThat(parties.apply(application, patient, parties.charity.id(), parties.hospital.id(), 100_000)
                .accepted()).isTrue();
        TestInstitution unaudited = new TestInstitution(InstitutionKind.CHARITY, "未审核基金会");
        unaudited.register(running.server.database());
        assertThat(reason(parties.apply(UUID.randomUUID(), patient, unaudited.id(), parties.hospital.id(), 1_000)))
                .isEqualTo("institution-not-audited");
        AidOrderDocument order = parties.order(application, patient, 100_000);

        assertThat(parties.issue(unaudited, unaudited, order).statusCode()).isEqualTo(403);
        assertThat(parties.issue(parties.charity, parties.hospital, order).statusCode())
                .as("signed with another key").isEqualTo(403);
        assertThat(parties.issue(parties.hospital, parties.hospital, order).statusCode())
                .as("a hospital issues nothing").isEqualTo(403);
        HttpResponse<String> tooMuch = parties.issue(parties.charity, parties.charity,
                parties.order(application, patient, 1_000_001));
        assertThat(tooMuch.statusCode()).isEqualTo(409);
        assertThat(tooMuch.body()).contains("insufficient-pool");
        assertThat(balance(MoneyLedger.charity(parties.charity.id()))).isEqualTo(1_000_000);

        assertThat(parties.issue(parties.charity, parties.charity, order).statusCode()).isEqualTo(200);
        assertThat(parties.issue(parties.charity, parties.charity, order).statusCode())
                .as("sent again: the same order, not a second").isEqualTo(200);
        assertThat(balance(MoneyLedger.charity(parties.charity.id()))).isEqualTo(900_000);
        assertThat(parties.charity.inbox(running.client, 0).items()).extracting(SealedMessage::kind)
                .containsExactly(AidDelivery.APPLICATION, AidDelivery.ORDER);
        parties.assertReconciles();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aPartlyPaidOrderThatExpiresReturnsTheRestToThePoolAndPaysNoMore(Stores store) throws Exception {
        start(store);
        UUID application = UUID.randomUUID();
        assertThat(parties.apply(application, patient, parties.charity.id(), parties.hospital.id(), 80_000)
                .accepted()).isTrue();
        AidOrderDocument base = parties.order(application, patient, 80_000);
        // Valid for two seconds: the real server's own clock ends it.
        AidOrderDocument shortLived = new AidOrderDocument(base.orderId(), application, base.charityId(),
                base.hospitalId(), base.patient(), base.maxFen(), base.purpose(),
                Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
        parties.issued(shortLived);
        assertThat(reason(parties.submit(parties.desk, shortLived.orderId(), patient, "ZY-1", 30_000)))
                .isEqualTo("accepted");
        while (!Instant.now().isAfter(shortLived.validUntil())) {
            Thread.sleep(200);
        }

        assertThat(reason(parties.submit(parties.desk, shortLived.orderId(), patient, "ZY-2", 1_000)))
                .isEqualTo("aid-order-expired");
        AidOrderState state = SyncJson.MAPPER.readValue(parties.charity.get(running.client, "/v1/aid/orders/"
                + shortLived.orderId()).body(), AidOrderState.class);
        assertThat(state.status()).isEqualTo("expired");
        assertThat(state.returnedFen()).isEqualTo(50_000);
        assertThat(state.heldFen()).isZero();
        assertThat(state.history()).extracting(AidOrderState.Event::kind)
                .containsExactly("applied", "approved", "delivered", "matched", "expired", "returned");
        assertThat(balance(MoneyLedger.charity(parties.charity.id()))).isEqualTo(1_000_000 - 30_000);
        parties.assertReconciles();
    }

    private static Throwable catchOpen(TestInstitution institution, SealedMessage message) {
        try {
            institution.open(message);
            return null;
        } catch (Exception e) {
            return e;
        }
    }
}
