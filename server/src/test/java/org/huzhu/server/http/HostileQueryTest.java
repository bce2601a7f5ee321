package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.RequestSignature;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.ApiClient;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /v1/snapshot?since=V}: V is a decimal integer ≥ 0 in ASCII digits, alone, or the request is refused. */
class HostileQueryTest {

    @TempDir
    static Path folder;

    private static RunningServer running;
    private static TestKiosk kiosk;

    @BeforeAll
    static void start() throws Exception {
        running = new RunningServer(new StoreTarget.Sqlite(folder.resolve("server.db")), folder);
        kiosk = new TestKiosk(SignatureSuites.SM2_SM3, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        running.enrol(kiosk);
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
    }

    @Test
    void malformedSinceValuesAreInvalidRequests() throws Exception {
        List<String> queries = List.of("since=%zz", "since=%2", "since=%", "since=1%", "since=%g1", "since=1&since=2",
                "since=1&since=1", "since=+1", "since=%2B1", "since=-1", "since=-0", "since=1e3", "since=1.0",
                "since=", "since", "since=%D9%A1", "since=%EF%BC%91", "since=%C2%B9", "since=0x10",
                "since=99999999999999999999", "since=9223372036854775808", "since=%201", "since=1%20",
                "since=1&", "&since=1", "since=1&other=2", "other=2", "Since=1", "since==1", "since=1;2");
        for (String query : queries) {
            assertThat(Refusals.of(signedRaw("/v1/snapshot?" + query))).as(query).isEqualTo("400 invalid-request");
        }
        // Raw non-ASCII digits (UTF-8 bytes in the request line): ARABIC-INDIC DIGIT ONE, FULLWIDTH DIGIT ONE.
        for (String digit : List.of("\u0661", "\uff11")) {
            assertThat(Refusals.of(signedRaw("/v1/snapshot?since=" + digit))).as(digit)
                    .isEqualTo("400 invalid-request");
        }
    }

    /**
     * A signed GET written on a socket: {@link java.net.URI}, and so every HTTP client built on it, refuses to send a
     * target such as {@code ?since=%zz} at all.
     */
    private static RawExchange.Answer signedRaw(String target) throws Exception {
        RequestSignature signature = ApiClient.signature(kiosk, "GET", target, new byte[0], Instant.now());
        String request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + RequestSignature.HEADER_KIOSK + ": " + signature.kioskId() + "\r\n"
                + RequestSignature.HEADER_TIMESTAMP + ": " + signature.timestamp() + "\r\n"
                + RequestSignature.HEADER_NONCE + ": " + signature.nonce() + "\r\n"
                + RequestSignature.HEADER_SIGNATURE + ": " + signature.signature() + "\r\n\r\n";
        return RawExchange.exchange(running.server.port(), request.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void authenticationComesBeforeTheQueryCheck() throws Exception {
        for (String target : List.of("/v1/snapshot?since=%zz", "/v1/snapshot?since=1&since=2")) {
            assertThat(Refusals.of(RawExchange.exchange(running.server.port(), "GET " + target
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))).as(target)
                    .isEqualTo("401 missing-signature");
        }
    }

    @Test
    void decimalSinceValuesAreServed() throws Exception {
        for (String target : List.of("/v1/snapshot", "/v1/snapshot?since=0", "/v1/snapshot?since=000",
                "/v1/snapshot?since=%30", "/v1/snapshot?since=9223372036854775807", "/v1/snapshot?since=12")) {
            HttpResponse<String> answer = running.client.signed(kiosk, "GET", target, new byte[0]);

            assertThat(answer.statusCode()).as("%s: %s", target, answer.body()).isEqualTo(200);
            long expected = target.endsWith("12") ? 12 : target.endsWith("807") ? Long.MAX_VALUE : 0;
            assertThat(SyncJson.MAPPER.readValue(answer.body(), Snapshot.class).since()).as(target)
                    .isEqualTo(expected);
        }
        // An empty query is no query; on a socket, since java.net.http drops a trailing "?" it was asked to sign.
        assertThat(signedRaw("/v1/snapshot?").status()).isEqualTo(200);
    }
}
