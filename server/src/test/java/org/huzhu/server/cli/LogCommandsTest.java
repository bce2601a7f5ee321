package org.huzhu.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.log.LogCopy;
import org.huzhu.protocol.log.LogEntries;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.identity.ServerKeyStore;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.ApiClient;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code log-export} and {@code audit} as an operator and an auditor run them: a copy written from a real server's
 * database holds offline; the same copy with one envelope swapped does not; single answers of the log's endpoints,
 * saved to files, hold against the server key, and one about another envelope does not.
 */
class LogCommandsTest {

    private static final Map<String, String> KEY_PASSPHRASE = Map.of(ServerKeyStore.PASSPHRASE_ENV, "test-passphrase");

    @TempDir
    Path folder;

    private final Console operator = new Console(KEY_PASSPHRASE);

    @Test
    void anExportedCopyHoldsOfflineAndAChangedOneDoesNot() throws Exception {
        Path db = folder.resolve("server.db");
        Path keptHead = folder.resolve("head.json");
        Path inclusion = folder.resolve("inclusion.json");
        Path envelope = folder.resolve("envelope.json");
        Path serverKey = folder.resolve("server-key.json");
        try (RunningServer running = new RunningServer(new StoreTarget.Sqlite(db), folder)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now().truncatedTo(ChronoUnit.MILLIS));
            kiosk.useStaffCard(RunningServer.SOCIAL_WORKER);
            running.enrol(kiosk);
            running.client.signed(kiosk, "GET", "/v1/snapshot?since=0", new byte[0]);
            kiosk.advance(Duration.ofSeconds(5));
            UUID resident = UUID.randomUUID();
            byte[] enrolled = kiosk.next(ServerParts.enrolment(resident), TestKiosk.STAFF);
            byte[] credited = kiosk.next(new ServiceConfirmed(UUID.randomUUID(), resident, 90, "staff-7", "counter"),
                    TestKiosk.STAFF);
            post(running, kiosk, List.of(enrolled, credited,
                    kiosk.next(new HoursRedeemed(resident, 40, UUID.randomUUID()), ServerParts.cardOf(resident))));
            Files.writeString(serverKey, running.client.get("/v1/server-key").body());
            Files.writeString(keptHead, running.client.get("/v1/log/tree-head").body());
            String id = org.huzhu.protocol.TransactionCodec.decode(credited).body().id().toString();
            Files.writeString(inclusion, running.client.get("/v1/log/inclusion?transaction=" + id).body());
            Files.write(envelope, credited);
            post(running, kiosk, List.of(kiosk.next(new HoursRedeemed(resident, 10, UUID.randomUUID()),
                    ServerParts.cardOf(resident))));
            Files.writeString(folder.resolve("consistency.json"),
                    running.client.get("/v1/log/consistency?from=3").body());
        }
        Path copy = folder.resolve("log-copy.json");

        assertThat(operator.run("log-export", "--db", db.toString(), "--out", copy.toString()))
                .as(operator.err()).isZero();
        assertThat(operator.out()).contains("4 transactions");
        assertThat(operator.run("audit", "--copy", copy.toString())).as(operator.err()).isZero();
        assertThat(operator.out()).startsWith("holds: the log of community default holds 4 transactions");

        LogCopy read = SyncJson.MAPPER.readValue(Files.readAllBytes(copy), LogCopy.class);
        List<LogEntries.Entry> entries = new java.util.ArrayList<>(read.entries());
        entries.set(1, new LogEntries.Entry(1, entries.get(2).transactionId(), entries.get(2).envelope()));
        entries.set(2, new LogEntries.Entry(2, read.entries().get(1).transactionId(),
                read.entries().get(1).envelope()));
        Files.write(copy, SyncJson.MAPPER.writeValueAsBytes(new LogCopy(read.type(), read.version(),
                read.serverKey(), read.treeHead(), entries)));
        assertThat(operator.run("audit", "--copy", copy.toString())).isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(operator.err()).startsWith("DOES NOT HOLD: the 4 entries make root");

        assertThat(operator.run("audit", "--inclusion", inclusion.toString(), "--envelope", envelope.toString(),
                "--server-key", serverKey.toString())).as(operator.err()).isZero();
        assertThat(operator.run("audit", "--consistency", folder.resolve("consistency.json").toString(),
                "--kept-head", keptHead.toString(), "--server-key", serverKey.toString())).as(operator.err()).isZero();
        assertThat(operator.out()).contains("holds the 3 signed at");
        Files.writeString(envelope, "{}");
        assertThat(operator.run("audit", "--inclusion", inclusion.toString(), "--envelope", envelope.toString(),
                "--server-key", serverKey.toString())).isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(operator.run("audit", "--copy", envelope.toString())).isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(operator.err()).contains("huzhu-server: audit:").doesNotContain("Exception");
    }

    private static void post(RunningServer running, TestKiosk kiosk, List<byte[]> envelopes) throws Exception {
        HttpResponse<String> answer = running.client.signed(kiosk, "POST", "/v1/batches", ApiClient.batch(envelopes));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("\"rejected\"").contains("\"stopped\":null");
    }
}
