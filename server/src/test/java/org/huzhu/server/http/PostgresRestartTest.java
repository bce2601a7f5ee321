package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.ApiClient;
import org.huzhu.server.testsupport.PostgresCluster;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running server on the real PostgreSQL while the database restarts or its sessions are killed: it says so
 * (health 503, batches 503 storage-unavailable, retryable) while the database is down and recovers by itself, without
 * a restart of its own, once it is back.
 */
class PostgresRestartTest {

    @TempDir
    Path folder;

    private final PostgresCluster cluster = PostgresCluster.get();
    private StoreTarget.Postgres store;
    private RunningServer running;
    private TestKiosk kiosk;

    @BeforeEach
    void start() throws Exception {
        store = cluster.newDatabase();
        running = new RunningServer(store, folder);
        kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        running.enrol(kiosk);
        kiosk.useStaffCard(RunningServer.SOCIAL_WORKER);
        assertThat(accepted(running.client.signed(kiosk, "POST", "/v1/batches", nextBatch()))).isTrue();
    }

    @AfterEach
    void stop() throws Exception {
        running.close();
    }

    @Test
    void whilePostgresIsDownTheServerSaysSoAndAfterItsRestartItServesAgain() throws Exception {
        byte[] batch = nextBatch();
        cluster.stopServer();
        try {
            assertThat(Refusals.of(running.client.get("/v1/health"))).isEqualTo("503 storage-unavailable retryable");
            assertThat(Refusals.of(running.client.signed(kiosk, "POST", "/v1/batches", batch)))
                    .isEqualTo("503 storage-unavailable retryable");
            assertThat(Refusals.of(running.client.get("/v1/health"))).as("still down")
                    .isEqualTo("503 storage-unavailable retryable");
        } finally {
            cluster.startServer();
        }

        assertThat(running.client.get("/v1/health").statusCode()).isEqualTo(200);
        // The same envelope again, re-signed: the 503 stored nothing, so it is new to the server.
        HttpResponse<String> resent = running.client.signed(kiosk, "POST", "/v1/batches", batch);
        assertThat(accepted(resent)).as(resent.body()).isTrue();
        assertThat(SyncJson.MAPPER.readValue(resent.body(), BatchResponse.class).head().sequence()).isEqualTo(2);
    }

    @Test
    void afterItsSessionIsTerminatedTheNextRequestIsServedOnANewConnection() throws Exception {
        assertThat(cluster.terminateSessions(store)).isPositive();

        HttpResponse<String> batch = running.client.signed(kiosk, "POST", "/v1/batches", nextBatch());

        assertThat(accepted(batch)).as(batch.body()).isTrue();

        assertThat(cluster.terminateSessions(store)).isPositive();
        assertThat(running.client.get("/v1/health").statusCode()).isEqualTo(200);
    }

    private byte[] nextBatch() {
        // A social worker's confirmation of a new task is always accepted (§7): any other verdict would be a failure.
        return ApiClient.batch(List.of(kiosk.next(new ServiceConfirmed(UUID.randomUUID(), UUID.randomUUID(), 30,
                "S-1", "credited at the counter"), TestKiosk.STAFF)));
    }

    private static boolean accepted(HttpResponse<String> answer) throws Exception {
        if (answer.statusCode() != 200) {
            return false;
        }
        BatchResponse batch = SyncJson.MAPPER.readValue(answer.body(), BatchResponse.class);
        return batch.stopped() == null && batch.verdicts().size() == 1 && batch.verdicts().getFirst().accepted();
    }
}
