package org.huzhu.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.ui.TestKiosks;
import org.huzhu.protocol.sync.Heartbeat;
import org.huzhu.protocol.sync.HeartbeatAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heartbeat from a real demo kiosk to its embedded server (docs/protocol.md §15): accepted (signed as every kiosk
 * request), answered with the server's clock, which the clock check then compares; and what it carries: states only.
 */
class HeartbeatTest {

    @TempDir
    Path data;

    @Test
    void aDemoKiosksHeartbeatIsAcceptedAndItsClockIsComparedWithTheServers() throws Exception {
        try (KioskRuntime kiosk = TestKiosks.demo(data, KioskConfig.DEFAULTS)) {
            HealthMonitor health = kiosk.context().health();
            health.checkNow().get(10, TimeUnit.SECONDS);
            HeartbeatSender heartbeat = kiosk.heartbeat().orElseThrow();

            HeartbeatAnswer answer = heartbeat.send().orElseThrow();

            assertThat(answer.serverTime()).as("the demo server runs on the kiosk's test clock")
                    .isEqualTo(TestKiosks.MONDAY_MORNING.instant());
            CheckResult clock = health.checkNow().get(10, TimeUnit.SECONDS).result(CheckKind.CLOCK).orElseThrow();
            assertThat(clock).isEqualTo(CheckResult.ok(CheckKind.CLOCK, "health.reason.clock.ok", 0L));
        }
    }

    @Test
    void aHeartbeatCarriesEachChecksStateAndNoReasons() {
        HealthReport report = new HealthReport(Instant.EPOCH, List.of(
                CheckResult.failing(CheckKind.CARD_READERS, "health.reason.readers.none"),
                CheckResult.ok(CheckKind.CAMERA, "health.reason.camera.ready"),
                CheckResult.degraded(CheckKind.DISK_SPACE, "health.reason.disk.low", 600L)));
        Instant now = Instant.parse("2026-11-23T01:30:00Z");

        Heartbeat beat = HeartbeatSender.heartbeatOf(report, "1.0.0", 4, now);

        assertThat(beat).isEqualTo(new Heartbeat(now, "1.0.0", 4, "degraded", List.of(
                new Heartbeat.Check("card-readers", "failing"), new Heartbeat.Check("camera", "ok"),
                new Heartbeat.Check("disk-space", "degraded"))));
        for (Heartbeat.Check check : beat.checks()) {
            assertThat(check.name()).matches(Heartbeat.CHECK_NAME);
        }
    }
}
