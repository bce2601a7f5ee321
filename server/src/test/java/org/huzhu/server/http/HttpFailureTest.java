package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.huzhu.protocol.policy.SecondFactorPolicy;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.VolunteerCheckedIn;
import org.huzhu.protocol.policy.OfflinePolicy;
import org.huzhu.server.app.ServerSettings;
import org.huzhu.server.staff.StaffKeyCache;
import org.huzhu.server.aid.AidDelivery;
import org.huzhu.server.aid.AidDocumentService;
import org.huzhu.server.aid.AidOrderService;
import org.huzhu.server.auth.RequestAuthenticator;
import org.huzhu.server.auth.StaffQueryAuthenticator;
import org.huzhu.server.counter.CounterQueries;
import org.huzhu.server.counter.ResidentCodeDesk;
import org.huzhu.server.institution.InstitutionAuthenticator;
import org.huzhu.server.ingest.BatchIngest;
import org.huzhu.server.ingest.BusinessRules;
import org.huzhu.server.ingest.EnvelopeChecker;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.log.TransparencyLog;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.ApiClient;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures on the server's side of the line, provoked on purpose: a body that stops arriving, a broken part behind an
 * endpoint, a database that is gone. Each is still the JSON error body, with the retry advice §9 gives.
 */
class HttpFailureTest {

    /** Short, so the test does not wait Jetty's default 30 s for a stalled body. */
    private static final Duration IDLE_TIMEOUT = Duration.ofMillis(500);

    @TempDir
    Path folder;

    private ServerParts parts;
    private EnvelopeChecker stoppedChecker;
    private Javalin http;
    private ApiClient client;

    @BeforeEach
    void start() throws Exception {
        parts = new ServerParts(new StoreTarget.Sqlite(folder.resolve("server.db")), LedgerLimits.DEFAULT);
        // A checker whose threads are gone: every batch then fails inside ingest, as a bug would.
        StaffKeyCache staffKeys = new StaffKeyCache();
        stoppedChecker = new EnvelopeChecker(staffKeys);
        stoppedChecker.close();
        BatchIngest ingest = new BatchIngest(parts.database, new BusinessRules(LedgerLimits.DEFAULT,
                OfflinePolicy.DEFAULT, parts.clock, ServerSettings.DEFAULT_COMMUNITY, staffKeys, parts.inbox, parts.faces,
                SecondFactorPolicy.DEFAULT), parts.identity,
                stoppedChecker, parts.clock);
        RequestAuthenticator kiosks = new RequestAuthenticator(parts.database, Clock.systemUTC());
        StaffQueryAuthenticator staff = new StaffQueryAuthenticator(kiosks, parts.database, staffKeys,
                ServerSettings.DEFAULT_COMMUNITY, Clock.systemUTC());
        CounterEndpoints counter = new CounterEndpoints(staff, new CounterQueries(parts.database, ZoneOffset.UTC),
                new AidDocumentService(parts.database, parts.clock), new ResidentCodeDesk(parts.database,
                        parts.identity, ServerSettings.DEFAULT_COMMUNITY, parts.clock));
        InstitutionEndpoints institutions = new InstitutionEndpoints(new InstitutionAuthenticator(kiosks,
                parts.database), parts.inbox, new AidOrderService(parts.database, new AidDelivery(parts.inbox),
                parts.clock), new AidDocumentService(parts.database, parts.clock), 1 << 20);
        http = HttpApi.create(kiosks, parts.enrolment, ingest, parts.snapshots, parts.identity, parts.database,
                counter, institutions, new HospitalEndpoints(staff, parts.database, Clock.systemUTC()),
                new FaceEndpoints(kiosks, parts.faces, parts.database, 1 << 20),
                new HeartbeatEndpoint(kiosks, parts.database, Clock.systemUTC(), 1 << 20),
                new LogEndpoints(new TransparencyLog(parts.database, parts.identity,
                        ServerSettings.DEFAULT_COMMUNITY, parts.clock), kiosks),
                new HttpLimits(1 << 20, IDLE_TIMEOUT));
        http.start("127.0.0.1", 0);
        client = new ApiClient(http.port());
    }

    @AfterEach
    void stop() throws Exception {
        http.stop();
        parts.close();
    }

    @Test
    void aBodyThatStopsArrivingIsARetryable408() throws Exception {
        try (RawExchange exchange = new RawExchange(http.port())) {
            exchange.write(("POST /v1/batches HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"envel").getBytes(StandardCharsets.US_ASCII));

            assertThat(Refusals.of(exchange.read())).isEqualTo("408 request-timeout retryable");
        }
    }

    @Test
    void aFailureInsideAnEndpointIsTheJson500() throws Exception {
        TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        parts.enrol(kiosk);

        HttpResponse<String> answer = client.signed(kiosk, "POST", "/v1/batches", ApiClient.batch(List.of(
                kiosk.next(new VolunteerCheckedIn(UUID.randomUUID(), UUID.randomUUID()), TestKiosk.RESIDENT))));

        assertThat(Refusals.of(answer)).isEqualTo("500 internal-error retryable");
    }

    @Test
    void healthSaysWhetherTheDatabaseAnswers() throws Exception {
        HttpResponse<String> up = client.get("/v1/health");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).isEqualTo("{\"status\":\"ok\"}");

        parts.database.close();

        assertThat(Refusals.of(client.get("/v1/health"))).isEqualTo("503 storage-unavailable retryable");
    }
}
