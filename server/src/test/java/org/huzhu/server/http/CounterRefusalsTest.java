package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.counter.CounterStaff;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.RequestSignature;
import org.huzhu.protocol.sync.StaffQuerySignature;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.app.ServerSettings;
import org.huzhu.server.kiosk.Enrolment;
import org.huzhu.server.staff.StaffRegistry;
import org.huzhu.server.staff.StaffRegistryException;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.ApiClient;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.TestKiosk;
import org.huzhu.server.testsupport.TestStaff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refusal of a counter request (docs/protocol.md §11), in the order the server checks: the kiosk's signature,
 * the staff card's (absent, malformed, unknown, not this request's, replayed), the staff member's community, standing
 * and role, then the query, then the resident. Hostile input is a typed refusal, never a 500. Requests are written on
 * a socket, so targets that {@link java.net.URI} would refuse to send are tried too.
 */
class CounterRefusalsTest {

    private static final List<String> ENDPOINTS = List.of("/v1/counter/volunteer-sessions",
            "/v1/counter/residents?q=wxy", "/v1/counter/rejections", "/v1/counter/report?from=2026-01-01&to=2026-01-31",
            "/v1/counter/statement?residentId=" + UUID.randomUUID(), "/v1/counter/staff");

    @TempDir
    static Path folder;

    private static RunningServer running;
    private static TestKiosk kiosk;
    private static final TestStaff SOCIAL_WORKER = RunningServer.SOCIAL_WORKER;

    @BeforeAll
    static void start() throws Exception {
        running = new RunningServer(new StoreTarget.Sqlite(folder.resolve("server.db")), folder);
        kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        running.enrol(kiosk);
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
    }

    @Test
    void aValidKioskAndStaffSignatureIsAnsweredOnEveryEndpoint() throws Exception {
        for (String target : ENDPOINTS) {
            int expected = target.contains("statement") ? 404 : 200;
            assertThat(send(target, SOCIAL_WORKER).status()).as(target).isEqualTo(expected);
        }
        TestStaff coordinator = registered(ServerSettings.DEFAULT_COMMUNITY, StaffRole.COORDINATOR);
        assertThat(send("/v1/counter/rejections", coordinator).status()).isEqualTo(200);
    }

    @Test
    void theKioskSignatureComesFirst() throws Exception {
        for (String target : ENDPOINTS) {
            String bare = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            assertThat(Refusals.of(RawExchange.exchange(running.server.port(), bare))).as(target)
                    .isEqualTo("401 missing-signature");
        }
        assertThat(Refusals.of(RawExchange.exchange(running.server.port(), "GET /v1/counter/residents?q=%zz&q=1 "
                + "HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))).isEqualTo("401 missing-signature");
        TestKiosk revoked = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now());
        running.enrol(revoked);
        new Enrolment(running.server.database(), java.time.Clock.systemUTC()).revoke(revoked.kioskId());
        assertThat(Refusals.of(send(revoked, "/v1/counter/rejections", SOCIAL_WORKER, null)))
                .isEqualTo("403 kiosk-revoked");
    }

    @Test
    void aKioskSignatureAloneOrMalformedStaffHeadersNeedTheStaffSignature() throws Exception {
        for (String target : ENDPOINTS) {
            assertThat(Refusals.of(send(kiosk, target, null, null))).as(target)
                    .isEqualTo("401 staff-signature-required");
        }
        String key = SOCIAL_WORKER.fingerprint();
        String signature = "3006020101020101";
        List<String> malformed = List.of(
                header(StaffQuerySignature.HEADER_STAFF_KEY, key),
                header(StaffQuerySignature.HEADER_STAFF_SIGNATURE, signature),
                staffHeaders(key.toUpperCase(), signature),
                staffHeaders(key.substring(1), signature),
                staffHeaders(key, signature + "0"),
                staffHeaders(key, "zz"),
                staffHeaders(key, ""),
                staffHeaders(key, "ab".repeat(257)),
                staffHeaders(key, signature) + header(StaffQuerySignature.HEADER_STAFF_KEY, key));
        for (String headers : malformed) {
            assertThat(Refusals.of(send(kiosk, "/v1/counter/rejections", null, headers))).as(headers)
                    .isEqualTo("401 staff-signature-required");
        }
    }

    @Test
    void aStaffSignatureCountsOnlyFromARegisteredCardAndForThisVeryRequest() throws Exception {
        assertThat(Refusals.of(send("/v1/counter/rejections", new TestStaff()))).as("an unregistered card")
                .isEqualTo("403 staff-not-authorised");
        assertThat(Refusals.of(send("/v1/counter/residents?q=%zz", new TestStaff())))
                .as("the staff card before the query").isEqualTo("403 staff-not-authorised");
        assertThat(Refusals.of(send(kiosk, "/v1/counter/rejections", null,
                staffHeaders(SOCIAL_WORKER.fingerprint(), "3006020101020101")))).as("not a signature of it")
                .isEqualTo("403 staff-not-authorised");
        assertThat(Refusals.of(send(kiosk, "/v1/counter/rejections", null,
                staffHeaders(SOCIAL_WORKER.fingerprint(), "00ff")))).as("not DER")
                .isEqualTo("403 staff-not-authorised");

        // The card's signature of one request, sent again with the kiosk's signature of another (or the same again).
        RequestSignature first = ApiClient.signature(kiosk, "GET", "/v1/counter/rejections", new byte[0],
                Instant.now());
        String firstStaff = staffSignature(SOCIAL_WORKER, first, "/v1/counter/rejections");
        assertThat(exchange(first, "/v1/counter/rejections", staffHeaders(SOCIAL_WORKER.fingerprint(), firstStaff))
                .status()).isEqualTo(200);
        for (String target : List.of("/v1/counter/rejections", "/v1/counter/rejections?limit=1",
                "/v1/counter/residents?q=wxy")) {
            RequestSignature next = ApiClient.signature(kiosk, "GET", target, new byte[0], Instant.now());
            assertThat(Refusals.of(exchange(next, target, staffHeaders(SOCIAL_WORKER.fingerprint(), firstStaff))))
                    .as(target).isEqualTo("403 staff-not-authorised");
        }
        assertThat(Refusals.of(exchange(first, "/v1/counter/rejections",
                staffHeaders(SOCIAL_WORKER.fingerprint(), firstStaff)))).isEqualTo("401 replayed-request");

        // Signed for another path than the one sent.
        RequestSignature elsewhere = ApiClient.signature(kiosk, "GET", "/v1/counter/residents?q=abc", new byte[0],
                Instant.now());
        assertThat(Refusals.of(exchange(elsewhere, "/v1/counter/residents?q=abc", staffHeaders(
                SOCIAL_WORKER.fingerprint(), staffSignature(SOCIAL_WORKER, elsewhere, "/v1/counter/residents?q=xyz")))))
                .isEqualTo("403 staff-not-authorised");
        TestStaff notYetAdded = new TestStaff();
        notYetAdded.register(running.server.database(), "新来的", Set.of(StaffRole.SOCIAL_WORKER),
                ServerSettings.DEFAULT_COMMUNITY, Instant.now().plus(Duration.ofDays(1)));
        assertThat(Refusals.of(send("/v1/counter/rejections", notYetAdded))).as("registered from tomorrow")
                .isEqualTo("403 staff-not-authorised");
    }

    @Test
    void onlyActiveStaffOfThisCommunityWithACounterRoleMayAsk() throws Exception {
        assertThat(Refusals.of(send("/v1/counter/rejections", registered("north", StaffRole.SOCIAL_WORKER))))
                .isEqualTo("403 staff-wrong-community");
        TestStaff suspended = registered(ServerSettings.DEFAULT_COMMUNITY, StaffRole.SOCIAL_WORKER);
        change(suspended, StaffRegistry.Change.SUSPENDED);
        assertThat(Refusals.of(send("/v1/counter/rejections", suspended))).isEqualTo("403 staff-revoked");
        change(suspended, StaffRegistry.Change.REINSTATED);
        assertThat(send("/v1/counter/rejections", suspended).status()).as("reinstated").isEqualTo(200);
        TestStaff revoked = registered(ServerSettings.DEFAULT_COMMUNITY, StaffRole.COORDINATOR);
        change(revoked, StaffRegistry.Change.REVOKED);
        assertThat(Refusals.of(send("/v1/counter/rejections", revoked))).isEqualTo("403 staff-revoked");
        TestStaff hospitalDesk = registered(ServerSettings.DEFAULT_COMMUNITY, StaffRole.HOSPITAL_DESK);
        for (String target : ENDPOINTS) {
            assertThat(Refusals.of(send(target, hospitalDesk))).as(target).isEqualTo("403 role-not-allowed");
        }
    }

    @Test
    void theStaffMemberWhoSignedIsAnsweredWithTheirRolesNow() throws Exception {
        TestStaff both = registered(ServerSettings.DEFAULT_COMMUNITY, StaffRole.COORDINATOR,
                StaffRole.SOCIAL_WORKER);

        RawExchange.Answer answer = send("/v1/counter/staff", both);

        assertThat(answer.status()).isEqualTo(200);
        CounterStaff staff = SyncJson.MAPPER.readValue(answer.body(), CounterStaff.class);
        assertThat(staff.roles()).containsExactly("social-worker", "coordinator");
        assertThat(staff.staffId()).isNotBlank();
        change(both, StaffRegistry.Change.SUSPENDED);
        assertThat(Refusals.of(send("/v1/counter/staff", both))).as("the registry now, not at sign-in")
                .isEqualTo("403 staff-revoked");
    }

    @Test
    void malformedQueriesAreInvalidRequestsAndAnUnknownResidentIsNotFound() throws Exception {
        List<String> invalid = List.of(
                "/v1/counter/volunteer-sessions?status=done", "/v1/counter/volunteer-sessions?status=",
                "/v1/counter/volunteer-sessions?status=all&status=all", "/v1/counter/volunteer-sessions?limit=0",
                "/v1/counter/volunteer-sessions?limit=201", "/v1/counter/volunteer-sessions?offset=-1",
                "/v1/counter/volunteer-sessions?offset=2147483648", "/v1/counter/volunteer-sessions?q=x",
                "/v1/counter/volunteer-sessions?limit=%D9%A1", "/v1/counter/volunteer-sessions?limit=1&",
                "/v1/counter/residents", "/v1/counter/residents?q=", "/v1/counter/residents?q=+++",
                "/v1/counter/residents?q=" + "a".repeat(41), "/v1/counter/residents?q=%zz",
                "/v1/counter/residents?q=%00", "/v1/counter/residents?q=%C3%28", "/v1/counter/residents?q=a&q=b",
                "/v1/counter/residents?Q=a", "/v1/counter/rejections?offset=1.0", "/v1/counter/rejections?x",
                "/v1/counter/report", "/v1/counter/report?from=2026-01-01", "/v1/counter/report?to=2026-01-01",
                "/v1/counter/report?from=2026-02-01&to=2026-01-31", "/v1/counter/report?from=2025-01-01&to=2026-01-02",
                "/v1/counter/report?from=2026-02-30&to=2026-03-01", "/v1/counter/report?from=26-01-01&to=2026-01-02",
                "/v1/counter/report?from=%2B2026-01-01&to=2026-01-02",
                "/v1/counter/report?from=2026-01-01&to=2026-01-02&inactiveDays=0",
                "/v1/counter/report?from=2026-01-01&to=2026-01-02&inactiveDays=3651",
                "/v1/counter/report?from=2026-01-01&to=2026-01-02&offset=0",
                "/v1/counter/statement", "/v1/counter/statement?residentId=x",
                "/v1/counter/statement?residentId=" + UUID.randomUUID().toString().toUpperCase(),
                "/v1/counter/statement?residentId=" + UUID.randomUUID() + "&limit=0",
                "/v1/counter/staff?limit=1", "/v1/counter/staff?x");
        for (String target : invalid) {
            assertThat(Refusals.of(send(target, SOCIAL_WORKER))).as(target).isEqualTo("400 invalid-request");
        }
        assertThat(Refusals.of(send("/v1/counter/statement?residentId=" + UUID.randomUUID(), SOCIAL_WORKER)))
                .isEqualTo("404 unknown-resident");
        assertThat(send("/v1/counter/report?from=2024-01-01&to=2024-12-31", SOCIAL_WORKER).status())
                .as("366 days at most").isEqualTo(200);
        assertThat(Refusals.of(RawExchange.exchange(running.server.port(), "POST /v1/counter/rejections HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")))
                .isEqualTo("405 method-not-allowed");
    }

    @Test
    void hostileSearchesAreAnsweredNotFailed() throws Exception {
        for (String q : List.of("%27%3B+DROP+TABLE+resident%3B+--", "%25%25", "%5C", "!", "%F0%9F%98%80",
                "%E7%8E%8B".repeat(40), "M" + "9".repeat(39), "1".repeat(40), "%E2%80%A2%E2%80%A2%E2%80%A2")) {
            RawExchange.Answer answer = send("/v1/counter/residents?q=" + q, SOCIAL_WORKER);
            assertThat(answer.status()).as(q + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("\"items\":[]");
        }
    }

    private static TestStaff registered(String community, StaffRole... roles) throws Exception {
        TestStaff card = new TestStaff();
        card.register(running.server.database(), "员工", Set.of(roles), community,
                Instant.now().minus(Duration.ofDays(1)));
        return card;
    }

    private static void change(TestStaff card, StaffRegistry.Change change) throws Exception {
        running.server.database().inTransaction(connection -> {
            try {
                return StaffRegistry.change(connection, StaffRegistry.staffIdOf(card.fingerprint()), change,
                        Instant.now().minusSeconds(1), "test", "test");
            } catch (StaffRegistryException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A counter GET signed by the test kiosk and {@code staff}'s card. */
    private static RawExchange.Answer send(String target, TestStaff staff) throws Exception {
        return send(kiosk, target, staff, null);
    }

    /**
     * @param staff        signs the staff query content, unless null
     * @param extraHeaders header lines added as they are (for malformed staff headers), or null
     */
    private static RawExchange.Answer send(TestKiosk from, String target, TestStaff staff, String extraHeaders)
            throws Exception {
        RequestSignature signature = ApiClient.signature(from, "GET", target, new byte[0], Instant.now());
        String headers = extraHeaders != null ? extraHeaders : "";
        if (staff != null) {
            headers += staffHeaders(staff.fingerprint(), staffSignature(staff, signature, target));
        }
        return exchange(signature, target, headers);
    }

    private static String staffSignature(TestStaff staff, RequestSignature signature, String target) {
        return HexFormat.of().formatHex(staff.sign(StaffQuerySignature.content(kiosk.suite(), signature, "GET",
                target, new byte[0])));
    }

    private static RawExchange.Answer exchange(RequestSignature signature, String target, String staffHeaders)
            throws Exception {
        String request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + header(RequestSignature.HEADER_KIOSK, signature.kioskId())
                + header(RequestSignature.HEADER_TIMESTAMP, signature.timestamp().toString())
                + header(RequestSignature.HEADER_NONCE, signature.nonce())
                + header(RequestSignature.HEADER_SIGNATURE, signature.signature()) + staffHeaders + "\r\n";
        return RawExchange.exchange(running.server.port(), request.getBytes(StandardCharsets.UTF_8));
    }

    private static String staffHeaders(String key, String signature) {
        return header(StaffQuerySignature.HEADER_STAFF_KEY, key)
                + header(StaffQuerySignature.HEADER_STAFF_SIGNATURE, signature);
    }

    private static String header(String name, String value) {
        return name + ": " + value + "\r\n";
    }
}
