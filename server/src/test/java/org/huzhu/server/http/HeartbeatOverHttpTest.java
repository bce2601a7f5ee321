package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.ErrorBody;
import org.huzhu.protocol.sync.Heartbeat;
import org.huzhu.protocol.sync.HeartbeatAnswer;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.api.Codes;
import org.huzhu.server.kiosk.Heartbeats;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code POST /v1/heartbeat} through the real server on SQLite and PostgreSQL (docs/protocol.md §15): the latest
 * heartbeat of a signed, enrolled kiosk is kept and answered with the server's clock; what is not a heartbeat gets a
 * typed 4xx, never a 500, and stores nothing.
 */
class HeartbeatOverHttpTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void theLatestHeartbeatIsKeptAndAnsweredWithTheServersClock(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now());
            running.enrol(kiosk);

            Instant before = Instant.now();
            HttpResponse<String> first = beat(running, kiosk, json(new Heartbeat(Instant.now(), "0.9.0", 7,
                    "degraded", List.of(new Heartbeat.Check("card-readers", "failing"),
                            new Heartbeat.Check("camera", "ok")))));
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            HttpResponse<String> second = beat(running, kiosk, json(new Heartbeat(Instant.now(), "1.0.0-SNAPSHOT", 0,
                    "ok", List.of(new Heartbeat.Check("card-readers", "ok")))));
            Instant after = Instant.now();
            assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
            HeartbeatAnswer answer = SyncJson.MAPPER.readValue(second.body(), HeartbeatAnswer.class);
            assertThat(answer.serverTime()).isBetween(before, after);

            Map<String, Heartbeats.LastHeartbeat> stored = running.server.database().inTransaction(Heartbeats::all);
            assertThat(stored).containsOnlyKeys(kiosk.kioskId());
            Heartbeats.LastHeartbeat last = stored.get(kiosk.kioskId());
            assertThat(last.receivedAt()).isEqualTo(answer.serverTime());
            assertThat(last.heartbeat().appVersion()).isEqualTo("1.0.0-SNAPSHOT");
            assertThat(last.heartbeat().unsynced()).isZero();
            assertThat(last.heartbeat().overall()).isEqualTo("ok");
            assertThat(last.heartbeat().checks()).containsExactly(new Heartbeat.Check("card-readers", "ok"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void whatIsNoHeartbeatGetsATypedErrorAndStoresNothing(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now());
            running.enrol(kiosk);
            String now = Instant.now().toString();
            String checks = "[{\"name\":\"journal\",\"state\":\"ok\"}]";

            Map<String, String> invalid = Map.of(
                    "unknown overall state", body(now, "1.0", 0, "broken", checks),
                    "unknown check state", body(now, "1.0", 0, "ok", "[{\"name\":\"journal\",\"state\":\"fine\"}]"),
                    "check named twice", body(now, "1.0", 0, "ok", "[{\"name\":\"journal\",\"state\":\"ok\"},"
                            + "{\"name\":\"journal\",\"state\":\"failing\"}]"),
                    "check name with a space", body(now, "1.0", 0, "ok", "[{\"name\":\"my check\",\"state\":\"ok\"}]"),
                    "version with a space", body(now, "1.0 beta", 0, "ok", checks),
                    "negative unsynced", body(now, "1.0", -1, "ok", checks),
                    "too many checks", body(now, "1.0", 0, "ok", manyChecks(Heartbeat.MAX_CHECKS + 1)));
            for (Map.Entry<String, String> bad : invalid.entrySet()) {
                assertRefused(beat(running, kiosk, bad.getValue().getBytes(StandardCharsets.UTF_8)), bad.getKey(),
                        400, Codes.INVALID_HEARTBEAT);
            }
            assertRefused(beat(running, kiosk, "{\"appVersion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8)),
                    "members missing", 400, Codes.MALFORMED_JSON);
            assertRefused(beat(running, kiosk, body("yesterday", "1.0", 0, "ok", checks)
                    .getBytes(StandardCharsets.UTF_8)), "kioskTime not a time", 400, Codes.MALFORMED_JSON);
            assertRefused(beat(running, kiosk, body(now, "1.0", 0, "ok", "[null]").getBytes(StandardCharsets.UTF_8)),
                    "a null check", 400, Codes.INVALID_REQUEST);
            TestKiosk stranger = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now());
            assertRefused(beat(running, stranger, body(now, "1.0", 0, "ok", checks).getBytes(StandardCharsets.UTF_8)),
                    "a kiosk never enrolled", 401, Codes.UNKNOWN_KIOSK);
            HttpResponse<String> unsigned = running.client.send(running.client.builder("POST", "/v1/heartbeat",
                    body(now, "1.0", 0, "ok", checks).getBytes(StandardCharsets.UTF_8), null));
            assertThat(unsigned.statusCode()).as(unsigned.body()).isEqualTo(401);

            assertThat(running.server.database().inTransaction(Heartbeats::all)).isEmpty();
        }
    }

    private static HttpResponse<String> beat(RunningServer running, TestKiosk kiosk, byte[] body) throws Exception {
        return running.client.signed(kiosk, "POST", "/v1/heartbeat", body);
    }

    private static byte[] json(Heartbeat heartbeat) throws Exception {
        return SyncJson.MAPPER.writeValueAsBytes(heartbeat);
    }

    private static String body(String kioskTime, String version, long unsynced, String overall, String checks) {
        return "{\"kioskTime\":\"" + kioskTime + "\",\"appVersion\":\"" + version + "\",\"unsynced\":" + unsynced
                + ",\"overall\":\"" + overall + "\",\"checks\":" + checks + "}";
    }

    private static String manyChecks(int count) {
        StringBuilder checks = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            checks.append(i == 0 ? "" : ",").append("{\"name\":\"check-").append(i).append("\",\"state\":\"ok\"}");
        }
        return checks.append(']').toString();
    }

    private static void assertRefused(HttpResponse<String> answer, String what, int status, String code)
            throws Exception {
        assertThat(answer.statusCode()).as("%s: %s", what, answer.body()).isEqualTo(status);
        assertThat(SyncJson.MAPPER.readValue(answer.body(), ErrorBody.class).code()).as(what).isEqualTo(code);
    }
}
