package org.huzhu.server.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.protocol.aid.AidOrderDocument;
import org.huzhu.protocol.aid.AidOrderState;
import org.huzhu.protocol.aid.SignedAidOrder;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.payload.AidDocument;
import org.huzhu.protocol.payload.BillItem;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.aid.AidOrders;
import org.huzhu.server.aid.Reconciliation;
import org.huzhu.server.institution.InstitutionKind;
import org.huzhu.server.kiosk.Enrolment;
import org.huzhu.server.money.MoneyLedger;

/**
 * The parties of the aid flow at a real server: an audited charity and two audited hospitals, a counter whose
 * social worker records applications, and a desk enrolled for the first hospital whose receptionist's staff card is
 * of that hospital; with the steps each takes, over HTTP as their clients would. Not thread-safe.
 */
public final class AidParties {

    public final RunningServer running;
    public final CounterDesk counter;
    public final TestInstitution charity = new TestInstitution(InstitutionKind.CHARITY, "上海慈善基金会");
    public final TestInstitution hospital = new TestInstitution(InstitutionKind.HOSPITAL, "瑞金医院");
    public final TestInstitution otherHospital = new TestInstitution(InstitutionKind.HOSPITAL, "华山医院");
    public final TestKiosk desk;
    public final TestStaff receptionist = new TestStaff();

    public AidParties(RunningServer running) throws Exception {
        this.running = running;
        counter = new CounterDesk(running, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        charity.registerAndCheck(running.server.database());
        hospital.registerAndCheck(running.server.database());
        otherHospital.registerAndCheck(running.server.database());
        receptionist.registerAtHospital(running.server.database(), "前台 李", hospital.id(),
                Instant.now().minus(Duration.ofDays(1)));
        desk = deskOf(hospital.id(), receptionist);
    }

    /** A new desk station enrolled for {@code hospitalId}, signing with {@code card}. */
    public TestKiosk deskOf(String hospitalId, TestStaff card) throws Exception {
        TestKiosk station = new TestKiosk(SignatureSuites.ED25519_SHA256,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        station.useStaffCard(card);
        String code = new Enrolment(running.server.database(), Clock.systemUTC()).issueCode(Duration.ofHours(1),
                Optional.of(hospitalId));
        HttpResponse<String> answer = running.client.signed(station, "POST", "/v1/enrolment",
                ApiClient.enrolment(station, code));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return station;
    }

    /** A donation to the charity's pool, as {@code aid donate} records one from the bank's statement. */
    public void donate(long fen) throws Exception {
        running.server.database().inTransaction(connection -> MoneyLedger.transfer(connection, MoneyLedger.BANK,
                MoneyLedger.charity(charity.id()), fen, MoneyLedger.Kind.DONATION, null, "bank statement", Instant.now()));
    }

    /** The counter records an application of {@code resident} to the charity for treatment at the hospital. */
    public Verdict apply(UUID application, UUID resident, String charityId, String hospitalId, long fen)
            throws Exception {
        return counter.post(counter.kiosk, counter.kiosk.next(new AidApplied(application, resident, charityId,
                hospitalId, "住院治疗 hospital stay", fen, List.of(new AidDocument("诊断证明.jpg", "image/jpeg",
                        "ab".repeat(32)))), TestKiosk.STAFF)).getFirst();
    }

    /** The charity's order approving the application of {@code resident}, valid for 30 days. */
    public AidOrderDocument order(UUID application, UUID resident, long maxFen) {
        return new AidOrderDocument(UUID.randomUUID(), application, charity.id(), hospital.id(),
                AidOrders.patientPseudonym(resident, charity.id()), maxFen, "住院治疗 hospital stay",
                Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code issuer} posts {@code order} signed by {@code signer}. */
    public HttpResponse<String> issue(TestInstitution issuer, TestInstitution signer, AidOrderDocument order)
            throws Exception {
        ObjectNode document = order.toTree();
        byte[] body = SyncJson.MAPPER.writeValueAsBytes(new SignedAidOrder(document,
                signer.signHex(order.signingBytes())));
        return issuer.send(running.client, "POST", "/v1/aid/orders", body);
    }

    /** The charity issues {@code order}, which must be accepted. */
    public AidOrderState issued(AidOrderDocument order) throws Exception {
        HttpResponse<String> answer = issue(charity, charity, order);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return SyncJson.MAPPER.readValue(answer.body(), AidOrderState.class);
    }

    /** {@code station} submits a hospital order of {@code fen} for {@code patient} against {@code order}. */
    public Verdict submit(TestKiosk station, UUID order, UUID patient, String number, long fen) throws Exception {
        return counter.post(station, station.next(new HospitalOrderSubmitted(order, patient, number, fen,
                List.of(new BillItem("住院费 stay", fen))), TestKiosk.STAFF)).getFirst();
    }

    /** The money ledger sums to 0 and every fen reserved is paid, held or returned. */
    public void assertReconciles() throws Exception {
        Reconciliation.Report report = running.server.database().inTransaction(Reconciliation::run);
        assertThat(report.problems()).isEmpty();
    }
}
