package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.huzhu.kiosk.app.DataFolder;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.config.OpeningHours;
import org.huzhu.kiosk.config.ServingConfig;
import org.huzhu.kiosk.health.CheckKind;
import org.huzhu.kiosk.health.HealthMonitor;
import org.huzhu.kiosk.health.HealthReport;
import org.huzhu.kiosk.health.HealthState;
import org.huzhu.kiosk.testsupport.MovableClock;
import org.huzhu.themes.StyleClasses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless (Monocle): the health model on a real demo kiosk (ADR 0022). A reader unplugged only degrades a kiosk
 * whose camera still signs in; with no camera too, or with a journal that cannot be written, residents see the
 * resting screen instead of errors, and the attract screen returns by itself when the cause goes; a session under way
 * is not interrupted. Outside opening hours the kiosk says when it opens again, dimmed. The resting screens are
 * audited and saved (target/screenshots/flows/resting-*.png) in both languages at both text sizes.
 */
@ExtendWith(ApplicationExtension.class)
class RestingFlowTest {

    private static final String PHONE = "021-5555 0100";

    @TempDir
    Path data;

    private KioskRuntime kiosk;

    private void open(KioskConfig config, Clock clock) throws Exception {
        kiosk = KioskRuntime.open(config, new DataFolder(data), true, Map.of(), clock);
        FxToolkit.setupStage(stage -> KioskWindow.open(stage, kiosk.context()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static KioskConfig withPhone() {
        return KioskConfig.DEFAULTS.withServing(ServingConfig.DEFAULTS.withCentrePhone(PHONE));
    }

    @AfterEach
    void closeKiosk() throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void aReaderUnpluggedDegradesAKioskWhoseCameraStillSignsIn(FxRobot robot) throws Exception {
        open(withPhone(), TestKiosks.MONDAY_MORNING);
        HealthMonitor health = kiosk.context().health();
        awaitReport(health, report -> report.result(CheckKind.CARD_READERS).orElseThrow().state() == HealthState.OK);
        DemoDevices devices = kiosk.context().demoDevices().orElseThrow();

        devices.backend().detachReader(DemoDevices.READER_NAME);
        HealthReport degraded = awaitReport(health, report ->
                report.result(CheckKind.CARD_READERS).orElseThrow().state() == HealthState.FAILING);
        assertThat(degraded.overall()).isEqualTo(HealthState.DEGRADED);
        assertThat(degraded.outOfOrder()).isEmpty();
        assertThat(degraded.result(CheckKind.CARD_READERS).orElseThrow().reasonKey())
                .isEqualTo("health.reason.readers.none");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome-primary").tryQuery()).as("still serving").isPresent();
        assertThat(robot.lookup("#resting-title").tryQuery()).isEmpty();

        devices.backend().attachReader(DemoDevices.READER_NAME);
        awaitReport(health, report -> report.result(CheckKind.CARD_READERS).orElseThrow().state() == HealthState.OK);
        assertThat(health.history()).extracting(change -> change.now().kind() + " " + change.now().state())
                .containsSubsequence("CARD_READERS OK", "CARD_READERS FAILING", "CARD_READERS OK");
    }

    @Test
    void noReaderAndNoCameraRestsUntilTheReaderReturns(FxRobot robot) throws Exception {
        open(withPhone(), TestKiosks.MONDAY_MORNING);
        HealthMonitor health = kiosk.context().health();
        health.unregister(CheckKind.CAMERA); // as on a kiosk with no camera configured
        DemoDevices devices = kiosk.context().demoDevices().orElseThrow();

        devices.backend().detachReader(DemoDevices.READER_NAME);
        awaitReport(health, report -> report.outOfOrder().equals(java.util.Optional.of(
                HealthReport.OutOfOrder.NO_WAY_TO_SIGN_IN)));
        awaitText(robot, "#resting-title", "此服务机正在休息");
        assertThat(text(robot, "#resting-body")).contains("服务台");
        assertThat(text(robot, "#resting-phone")).isEqualTo("服务中心电话：" + PHONE);
        assertThat(robot.lookup("#welcome-primary").tryQuery()).isEmpty();
        FlowScreens.auditAt(robot, 1280, 800, "resting-out-of-order");

        devices.backend().attachReader(DemoDevices.READER_NAME);
        awaitShown(robot, "#welcome-primary");
        assertThat(robot.lookup("#resting-title").tryQuery()).isEmpty();
    }

    @Test
    void aSessionUnderWayIsNotInterruptedAndTheKioskRestsWhenItEnds(FxRobot robot) throws Exception {
        open(withPhone(), TestKiosks.MONDAY_MORNING);
        HealthMonitor health = kiosk.context().health();
        health.unregister(CheckKind.CAMERA);
        robot.clickOn("#demo-wang");
        awaitText(robot, "#home-greeting", "您好，王秀英");

        kiosk.context().demoDevices().orElseThrow().backend().detachReader(DemoDevices.READER_NAME);
        awaitReport(health, report -> report.outOfOrder().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#home-greeting")).isEqualTo("您好，王秀英");

        robot.clickOn("#sign-out");
        awaitText(robot, "#resting-title", "此服务机正在休息");
    }

    @Test
    void aJournalThatCannotBeWrittenRestsTheKioskUntilItIsFixed(FxRobot robot) throws Exception {
        open(withPhone(), TestKiosks.MONDAY_MORNING);
        HealthMonitor health = kiosk.context().health();
        Path journal = data.resolve(KioskRuntime.DATABASE_FILE);
        awaitReport(health, report -> report.result(CheckKind.JOURNAL).orElseThrow().state() == HealthState.OK);

        ReadOnly readOnly = ReadOnly.make(journal);
        try {
            HealthReport report = health.checkNow().get(10, TimeUnit.SECONDS);
            assertThat(report.result(CheckKind.JOURNAL).orElseThrow().reasonKey())
                    .isEqualTo("health.reason.journal.readOnly");
            assertThat(report.outOfOrder()).contains(HealthReport.OutOfOrder.JOURNAL_NOT_WRITABLE);
            awaitText(robot, "#resting-title", "此服务机正在休息");
        } finally {
            readOnly.undo();
        }
        HealthReport fixed = health.checkNow().get(10, TimeUnit.SECONDS);
        assertThat(fixed.result(CheckKind.JOURNAL).orElseThrow().state()).isEqualTo(HealthState.OK);
        awaitShown(robot, "#welcome-primary");
    }

    @Test
    void outsideOpeningHoursTheKioskSaysWhenItOpensAgainDimmedAndOpensByItself(FxRobot robot) throws Exception {
        Map<DayOfWeek, List<OpeningHours.Span>> days = new EnumMap<>(DayOfWeek.class);
        days.put(DayOfWeek.MONDAY, OpeningHours.parseDay("14:00-17:00"));
        days.put(DayOfWeek.TUESDAY, OpeningHours.parseDay("08:00-12:00,14:00-17:00"));
        KioskConfig config = withPhone().withServing(withPhone().serving().withOpeningHours(new OpeningHours(days)));
        MovableClock clock = new MovableClock(TestKiosks.MONDAY_MORNING.instant(), TestKiosks.SHANGHAI);
        open(config, clock);

        awaitText(robot, "#resting-title", "现在不开放");
        assertThat(text(robot, "#resting-body")).isEqualTo("下次开放时间：今天 14:00。");
        assertThat(robot.lookup("#language-toggle").query().getScene().getRoot().getStyleClass())
                .contains(StyleClasses.DIMMED);
        FlowScreens.auditAt(robot, 1280, 800, "resting-closed");
        robot.clickOn("#language-toggle");
        awaitText(robot, "#resting-body", "Open again today at 14:00.");
        robot.clickOn("#language-toggle");

        clock.set(LocalDateTime.of(2026, 11, 23, 17, 30).atZone(TestKiosks.SHANGHAI).toInstant());
        kiosk.context().health().checkNow().get(10, TimeUnit.SECONDS);
        awaitText(robot, "#resting-body", "下次开放时间：明天 08:00。");

        clock.set(LocalDateTime.of(2026, 11, 24, 8, 0, 30).atZone(TestKiosks.SHANGHAI).toInstant());
        kiosk.context().health().checkNow().get(10, TimeUnit.SECONDS);
        awaitShown(robot, "#welcome-primary");
        assertThat(robot.lookup("#language-toggle").query().getScene().getRoot().getStyleClass())
                .doesNotContain(StyleClasses.DIMMED);
    }

    /**
     * A database file made read-only for real: immutable ({@code chattr +i}) when the test runs as root, whom file
     * permissions do not stop; else owner read-only.
     */
    private record ReadOnly(Path file, boolean immutable) {

        static ReadOnly make(Path file) throws Exception {
            if ("root".equals(System.getProperty("user.name"))) {
                int exit = new ProcessBuilder("chattr", "+i", file.toString()).inheritIO().start().waitFor();
                assumeThat(exit).as("chattr +i (needs CAP_LINUX_IMMUTABLE)").isZero();
                return new ReadOnly(file, true);
            }
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
            return new ReadOnly(file, false);
        }

        void undo() throws IOException, InterruptedException {
            if (immutable) {
                new ProcessBuilder("chattr", "-i", file.toString()).inheritIO().start().waitFor();
            } else {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    /** Runs rounds (a tenth of a second apart) until one is {@code wanted}; fails after 10 s. */
    private static HealthReport awaitReport(HealthMonitor health, Predicate<HealthReport> wanted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            HealthReport report = health.checkNow().get(10, TimeUnit.SECONDS);
            if (wanted.test(report)) {
                return report;
            }
            assertThat(System.nanoTime()).as("a wanted report within 10 s; last: %s", report).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static String text(FxRobot robot, String query) {
        return DemoKioskWindowTest.text(robot, query);
    }

    private static void awaitText(FxRobot robot, String query, String expected) throws Exception {
        DemoKioskWindowTest.awaitText(robot, query, expected);
    }

    private static void awaitShown(FxRobot robot, String query) throws Exception {
        DemoKioskWindowTest.awaitShown(robot, query);
    }
}
