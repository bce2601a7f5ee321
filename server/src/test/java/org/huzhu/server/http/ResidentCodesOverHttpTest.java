package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.counter.IssuedResidentCode;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.ResidentCodeState;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.ResidentClosed;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.residentcode.ResidentCodes;
import org.huzhu.protocol.residentcode.SignedResidentCode;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.testsupport.CounterDesk;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Resident codes through the real server (docs/protocol.md §13): issued and revoked at the counter, verified with
 * the key kiosks pin, revocations in the snapshot, transactions under a code judged at their {@code createdAt}, and
 * the second factor for face and code sign-ins (§8.1). SQLite and PostgreSQL.
 */
class ResidentCodesOverHttpTest {

    private static final TypeReference<IssuedResidentCode> ISSUED = new TypeReference<>() { };
    private static final TypeReference<ResidentCodeState> STATE = new TypeReference<>() { };
    private static final TypeReference<Page<ResidentCodeState>> CODES = new TypeReference<>() { };

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void aCodeActsForItsResidentUntilItIsRevokedAndKiosksHearOfTheRevocation(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            CounterDesk desk = new CounterDesk(running, Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS));
            UUID resident = UUID.randomUUID();
            desk.enrol(resident);
            desk.accept(desk.kiosk.next(new ServiceConfirmed(UUID.randomUUID(), resident, 300, "ST-1", "counter"),
                    TestKiosk.STAFF));

            IssuedResidentCode issued = issue(desk, resident, "printed");
            SignedResidentCode code = ResidentCodes.verify(issued.code(), running.server.identity().suite(),
                    running.server.identity().publicKey());
            Actor byCode = new Actor(code.actorHash(), SignInMethod.RESIDENT_CODE);
            snapshot(desk, 0);

            assertThat(code.code().residentId()).isEqualTo(resident);
            assertThat(code.code().community()).isEqualTo("default");
            assertThat(Duration.between(code.code().issuedAt(), code.code().expiresAt())).hasDays(90);
            assertThat(issued.state().status()).isEqualTo("active");
            assertThat(issued.state().issuedBy()).startsWith("ST-");
            assertThat(desk.post(desk.kiosk, desk.kiosk.next(new HoursRedeemed(resident, 30, UUID.randomUUID()),
                    byCode))).singleElement().extracting(Verdict::accepted).isEqualTo(true);

            ResidentCodeState revoked = revoke(desk, issued.state().codeId(), "printout lost");
            long before = snapshot(desk, 0).version();

            assertThat(revoked.status()).isEqualTo("revoked");
            assertThat(revoke(desk, issued.state().codeId(), "again")).as("revoking twice changes nothing")
                    .isEqualTo(revoked);
            assertThat(snapshot(desk, 0).revokedResidentCodes()).singleElement().satisfies(row -> {
                assertThat(row.codeId()).isEqualTo(issued.state().codeId());
                assertThat(row.residentId()).isEqualTo(resident.toString());
                assertThat(row.expiresAt()).isEqualTo(code.code().expiresAt());
            });
            assertThat(snapshot(desk, before).revokedResidentCodes()).isEmpty();
            assertThat(desk.post(desk.kiosk, desk.kiosk.next(new HoursRedeemed(resident, 30, UUID.randomUUID()),
                    byCode))).singleElement().extracting(Verdict::reason).isEqualTo("resident-code-revoked");
            assertThat(desk.get("/v1/counter/resident-codes?residentId=" + resident, CODES).items())
                    .singleElement().extracting(ResidentCodeState::status).isEqualTo("revoked");
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void anExpiredCodeActsForNobodyAndAClosedAccountGetsNoCode(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            CounterDesk desk = new CounterDesk(running, Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS));
            UUID resident = UUID.randomUUID();
            UUID other = UUID.randomUUID();
            desk.enrol(resident, other);
            IssuedResidentCode issued = issue(desk, resident, "family-phone");
            Actor byCode = new Actor(ResidentCodes.parse(issued.code()).actorHash(), SignInMethod.RESIDENT_CODE);

            assertThat(Duration.between(issued.state().issuedAt(), issued.state().expiresAt())).hasHours(24);
            assertThat(desk.post(desk.kiosk, desk.kiosk.next(new HoursRedeemed(other, 30, UUID.randomUUID()),
                    byCode))).as("another resident, not family").singleElement().extracting(Verdict::reason)
                    .isEqualTo("not-authorised-for-resident");
            desk.kiosk.advance(Duration.ofHours(24).plusMinutes(6));
            assertThat(desk.post(desk.kiosk, desk.kiosk.next(new HoursRedeemed(resident, 30, UUID.randomUUID()),
                    byCode))).singleElement().extracting(Verdict::reason).isEqualTo("resident-code-expired");

            desk.accept(desk.kiosk.next(new ResidentClosed(other, ResidentClosed.MOVED_AWAY, ""), TestKiosk.STAFF));
            assertThat(Refusals.of(issueRaw(desk, "{\"residentId\":\"" + other + "\",\"purpose\":\"printed\"}")))
                    .isEqualTo("409 account-closed");
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void givingManyMinutesAwayAfterAFaceOrCodeSignInNeedsTheCard(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            CounterDesk desk = new CounterDesk(running, Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS));
            UUID mother = UUID.randomUUID();
            UUID son = UUID.randomUUID();
            desk.enrol(mother, son);
            desk.accept(desk.kiosk.next(new FamilyLinked(mother, son), TestKiosk.STAFF),
                    desk.kiosk.next(new ServiceConfirmed(UUID.randomUUID(), mother, 600, "ST-1", "counter"),
                            TestKiosk.STAFF));
            Actor byCode = new Actor(ResidentCodes.parse(issue(desk, mother, "printed").code()).actorHash(),
                    SignInMethod.RESIDENT_CODE);
            Actor byFace = new Actor(ServerParts.cardOf(mother).cardHash(), SignInMethod.FACE);
            snapshot(desk, 0);

            List<Verdict> verdicts = desk.post(desk.kiosk,
                    desk.kiosk.next(new HoursTransferred(mother, son, 61), byCode),
                    desk.kiosk.next(new HoursTransferred(mother, son, 61), byFace),
                    desk.kiosk.next(new HoursTransferred(mother, son, 50), byFace),
                    desk.kiosk.next(new HoursTransferred(mother, son, 61), ServerParts.cardOf(mother)));

            assertThat(verdicts).extracting(Verdict::reason).containsExactly("second-factor-required",
                    "second-factor-required", null, null);
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void hostileRequestsGetTypedRefusals(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            CounterDesk desk = new CounterDesk(running, Instant.now().truncatedTo(ChronoUnit.MILLIS));
            UUID resident = UUID.randomUUID();
            desk.enrol(resident);

            assertThat(Refusals.of(issueRaw(desk, "{\"residentId\":\"" + resident + "\",\"purpose\":\"forever\"}")))
                    .isEqualTo("400 invalid-request");
            assertThat(Refusals.of(issueRaw(desk, "{\"residentId\":\"RESIDENT\",\"purpose\":\"printed\"}")))
                    .isEqualTo("400 invalid-request");
            assertThat(Refusals.of(issueRaw(desk, "{\"residentId\":\"" + UUID.randomUUID()
                    + "\",\"purpose\":\"printed\"}"))).isEqualTo("404 unknown-resident");
            assertThat(Refusals.of(issueRaw(desk, "{\"residentId\":\"" + resident + "\"}")))
                    .isEqualTo("400 malformed-json");
            assertThat(Refusals.of(issueRaw(desk, "{\"residentId\":null,\"purpose\":\"printed\"}")))
                    .isEqualTo("400 invalid-request");
            assertThat(Refusals.of(issueRaw(desk, "[1]"))).isEqualTo("400 malformed-json");
            assertThat(Refusals.of(revokeRaw(desk, UUID.randomUUID().toString(), "{\"reason\":\"lost\"}")))
                    .isEqualTo("404 unknown-resident-code");
            assertThat(Refusals.of(revokeRaw(desk, "..%2F..%2Fx", "{\"reason\":\"lost\"}")).substring(0, 1))
                    .isEqualTo("4");
            String codeId = issue(desk, resident, "printed").state().codeId();
            assertThat(Refusals.of(revokeRaw(desk, codeId, "{\"reason\":\"\"}"))).isEqualTo("400 invalid-request");
            assertThat(Refusals.of(desk.ask("/v1/counter/resident-codes?residentId=x"))).isEqualTo(
                    "400 invalid-request");
            assertThat(Refusals.of(desk.ask("/v1/counter/resident-codes?residentId=" + UUID.randomUUID())))
                    .isEqualTo("404 unknown-resident");
            assertThat(Refusals.of(running.client.signed(desk.kiosk, "POST", "/v1/counter/resident-codes",
                    ("{\"residentId\":\"" + resident + "\",\"purpose\":\"printed\"}").getBytes(StandardCharsets.UTF_8))))
                    .as("a kiosk without a staff card").isEqualTo("401 staff-signature-required");
        }
    }

    private static IssuedResidentCode issue(CounterDesk desk, UUID resident, String purpose) throws Exception {
        HttpResponse<String> answer = issueRaw(desk, "{\"residentId\":\"" + resident + "\",\"purpose\":\"" + purpose
                + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return SyncJson.MAPPER.readValue(answer.body(), ISSUED);
    }

    private static HttpResponse<String> issueRaw(CounterDesk desk, String body) throws Exception {
        return desk.running.client.counter(desk.kiosk, desk.staff, "POST", "/v1/counter/resident-codes",
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static ResidentCodeState revoke(CounterDesk desk, String codeId, String reason) throws Exception {
        HttpResponse<String> answer = revokeRaw(desk, codeId, "{\"reason\":\"" + reason + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return SyncJson.MAPPER.readValue(answer.body(), STATE);
    }

    private static HttpResponse<String> revokeRaw(CounterDesk desk, String codeId, String body) throws Exception {
        return desk.running.client.counter(desk.kiosk, desk.staff, "POST",
                "/v1/counter/resident-codes/" + codeId + "/revoke", body.getBytes(StandardCharsets.UTF_8));
    }

    private static Snapshot snapshot(CounterDesk desk, long since) throws Exception {
        HttpResponse<String> answer = desk.running.client.signed(desk.kiosk, "GET", "/v1/snapshot?since=" + since,
                new byte[0]);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return SyncJson.MAPPER.readValue(answer.body(), Snapshot.class);
    }
}
