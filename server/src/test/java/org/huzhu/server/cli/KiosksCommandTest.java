package org.huzhu.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.Heartbeat;
import org.huzhu.server.kiosk.Heartbeats;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code huzhu-server kiosks}: the fleet view lists each enrolled kiosk's last heartbeat and flags the ones not heard
 * from within the threshold (and those never heard from), exiting 1 while any is silent.
 */
class KiosksCommandTest {

    @TempDir
    Path folder;

    @Test
    void listsLastSeenHealthUnsyncedAndVersionAndFlagsTheSilentOnes() throws Exception {
        TestKiosk reporting = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now());
        TestKiosk quiet = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now());
        TestKiosk neverHeard = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now());
        try (RunningServer running = new RunningServer(Stores.SQLITE.create(folder), folder)) {
            for (TestKiosk kiosk : List.of(reporting, quiet, neverHeard)) {
                running.enrol(kiosk);
            }
            String body = "{\"kioskTime\":\"" + Instant.now() + "\",\"appVersion\":\"1.2.0\",\"unsynced\":3,"
                    + "\"overall\":\"degraded\",\"checks\":[{\"name\":\"card-readers\",\"state\":\"failing\"},"
                    + "{\"name\":\"journal\",\"state\":\"ok\"}]}";
            assertThat(running.client.signed(reporting, "POST", "/v1/heartbeat", body.getBytes()).statusCode())
                    .isEqualTo(200);
            // Heard from 25 minutes ago: stored as the endpoint would have then.
            running.server.database().inTransaction(connection -> {
                Heartbeats.store(connection, quiet.kioskId(), new Heartbeat(Instant.now(), "1.1.0", 0, "ok",
                        List.of()), Instant.now().minus(Duration.ofMinutes(25)));
                return null;
            });
        }
        Console console = new Console(Map.of());
        String db = folder.resolve("server.db").toString();

        assertThat(console.run("kiosks", "--db", db)).isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(console.out()).contains("kiosks 3 (silent after 10 min)", "2 silent");
        assertThat(line(console.out(), reporting)).contains("active", "health degraded [card-readers=failing]",
                "unsynced 3", "version 1.2.0", "min ago").doesNotContain("SILENT");
        assertThat(line(console.out(), quiet)).contains("health ok", "25 min ago", "version 1.1.0", "SILENT");
        assertThat(line(console.out(), neverHeard)).contains("last-seen never", "SILENT");

        assertThat(console.run("kiosks", "--db", db, "--silent-after-minutes", "30")).isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(line(console.out(), quiet)).doesNotContain("SILENT");
        assertThat(console.out()).contains("1 silent");

        assertThat(console.run("kiosks", "--db", db, "--silent-after-minutes", "0")).isEqualTo(Cli.EXIT_USAGE);
        assertThat(console.run("kiosks", "--db", folder.resolve("none.db").toString())).isEqualTo(Cli.EXIT_STORAGE);
    }

    private static String line(String output, TestKiosk kiosk) {
        return output.lines().filter(line -> line.contains(kiosk.kioskId())).findFirst().orElseThrow();
    }
}
