package org.huzhu.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks' thresholds and words, the monitor's history, and that every reason a check gives is worded in both
 * languages.
 */
class HealthChecksTest {

    private static final Instant NOW = Instant.parse("2026-11-23T01:30:00Z");

    @TempDir
    Path folder;

    @Test
    void diskSpaceIsFailingBelow200MegabytesAndDegradedBelowAGigabyte() {
        long mb = DiskSpaceCheck.MEGABYTE;
        assertThat(new DiskSpaceCheck(() -> 150 * mb).check()).isEqualTo(CheckResult.failing(CheckKind.DISK_SPACE,
                "health.reason.disk.full", 150L));
        assertThat(new DiskSpaceCheck(() -> 600 * mb).check().state()).isEqualTo(HealthState.DEGRADED);
        assertThat(new DiskSpaceCheck(() -> 5000 * mb).check().state()).isEqualTo(HealthState.OK);
        assertThat(new DiskSpaceCheck(() -> -1).check().reasonKey()).isEqualTo("health.reason.disk.unknown");
        assertThat(new DiskSpaceCheck(folder).check().state()).as("this machine's disk").isNotNull();
    }

    @Test
    void theClockIsComparedWithTheServersAtTheLastHeartbeat() {
        ServerClock server = new ServerClock();
        ClockCheck check = new ClockCheck(server, Optional.empty());
        assertThat(check.check().reasonKey()).isEqualTo("health.reason.clock.notCompared");
        server.record(NOW, NOW.plusSeconds(20));
        assertThat(check.check()).isEqualTo(CheckResult.ok(CheckKind.CLOCK, "health.reason.clock.ok", 20L));
        server.record(NOW, NOW.minusSeconds(120));
        assertThat(check.check().state()).isEqualTo(HealthState.DEGRADED);
        server.record(NOW, NOW.plus(Duration.ofMinutes(6)));
        assertThat(check.check()).isEqualTo(CheckResult.failing(CheckKind.CLOCK, "health.reason.clock.off", 360L));
    }

    @Test
    void aKioskNotEnrolledHasADegradedSyncAge() {
        assertThat(new SyncAgeCheck(Optional.empty(), Clock.fixed(NOW, ZoneOffset.UTC)).check().reasonKey())
                .isEqualTo("health.reason.sync.notEnrolled");
    }

    @Test
    void aWritableJournalIsOk(@TempDir Path data) throws Exception {
        try (Database database = Database.open(data.resolve("kiosk.db"))) {
            assertThat(new JournalCheck(database).check().state()).isEqualTo(HealthState.OK);
            assertThat(data.toFile().list()).as("the probe leaves nothing behind")
                    .noneMatch(name -> name.endsWith(".write-probe"));
        }
    }

    @Test
    void theMonitorKeepsEachChangeOnceAndABrokenCheckIsReportedFailing() throws Exception {
        long[] free = {5000 * DiskSpaceCheck.MEGABYTE};
        try (HealthMonitor monitor = new HealthMonitor(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(1))) {
            monitor.register(new DiskSpaceCheck(() -> free[0]));
            monitor.register(new HealthCheck() {
                @Override
                public CheckKind kind() {
                    return CheckKind.PRINTER;
                }

                @Override
                public CheckResult check() {
                    throw new IllegalStateException("a printer driver bug");
                }
            });
            monitor.checkNow().get(5, TimeUnit.SECONDS);
            monitor.checkNow().get(5, TimeUnit.SECONDS);
            free[0] = 100 * DiskSpaceCheck.MEGABYTE;
            HealthReport report = monitor.checkNow().get(5, TimeUnit.SECONDS);

            assertThat(report.result(CheckKind.PRINTER).orElseThrow()).isEqualTo(CheckResult.failing(
                    CheckKind.PRINTER, "health.reason.checkBroken"));
            assertThat(monitor.history()).extracting(change -> change.now().kind() + " " + change.before()
                    .map(HealthState::name).orElse("-") + ">" + change.now().state()).containsExactly(
                    "PRINTER ->FAILING", "DISK_SPACE ->OK", "DISK_SPACE OK>FAILING");
            monitor.unregister(CheckKind.PRINTER);
            assertThat(monitor.checkNow().get(5, TimeUnit.SECONDS).result(CheckKind.PRINTER)).isEmpty();
        }
    }

    @Test
    void everyCheckAndStateHasWordsInBothLanguages() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (CheckKind kind : EnumSet.allOf(CheckKind.class)) {
                assertThat(messages.has(kind.messageKey())).as("%s in %s", kind, language).isTrue();
            }
            for (HealthState state : HealthState.values()) {
                assertThat(messages.has("health.state." + state.tag())).as("%s in %s", state, language).isTrue();
            }
            for (String reason : new String[] {"checkBroken", "readers.ok", "readers.none", "camera.ready",
                    "camera.missing", "sync.notEnrolled", "sync.never", "sync.minutesAgo", "sync.hoursAgo", "disk.ok",
                    "disk.low", "disk.full", "disk.unknown", "journal.ok", "journal.readOnly", "clock.ok",
                    "clock.off", "clock.refused", "clock.notCompared"}) {
                assertThat(messages.format("health.reason." + reason, 3L)).as("%s in %s", reason, language)
                        .doesNotStartWith("[");
            }
        }
    }
}
