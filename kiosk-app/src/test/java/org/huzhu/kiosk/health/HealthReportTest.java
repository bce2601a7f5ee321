package org.huzhu.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What follows from the checks' answers (ADR 0022): out of order only when the kiosk cannot serve safely. */
class HealthReportTest {

    private static final Instant NOW = Instant.parse("2026-11-23T01:30:00Z");

    private static HealthReport report(CheckResult... results) {
        return new HealthReport(NOW, List.of(results));
    }

    private static final CheckResult READERS_OK = CheckResult.ok(CheckKind.CARD_READERS, "r", 1);
    private static final CheckResult NO_READER = CheckResult.failing(CheckKind.CARD_READERS, "r");
    private static final CheckResult CAMERA_OK = CheckResult.ok(CheckKind.CAMERA, "c");
    private static final CheckResult CAMERA_GONE = CheckResult.failing(CheckKind.CAMERA, "c");
    private static final CheckResult JOURNAL_OK = CheckResult.ok(CheckKind.JOURNAL, "j");

    @Test
    void allWellIsOk() {
        assertThat(report(READERS_OK, CAMERA_OK, JOURNAL_OK).overall()).isEqualTo(HealthState.OK);
        assertThat(report(READERS_OK, JOURNAL_OK).outOfOrder()).isEmpty();
    }

    @Test
    void aDeadReaderWithAWorkingCameraOnlyDegrades() {
        HealthReport report = report(NO_READER, CAMERA_OK, JOURNAL_OK);
        assertThat(report.outOfOrder()).isEmpty();
        assertThat(report.overall()).isEqualTo(HealthState.DEGRADED);
    }

    @Test
    void noWayToSignInIsOutOfOrder() {
        assertThat(report(NO_READER, JOURNAL_OK).outOfOrder()).contains(HealthReport.OutOfOrder.NO_WAY_TO_SIGN_IN);
        assertThat(report(NO_READER, CAMERA_GONE).outOfOrder())
                .contains(HealthReport.OutOfOrder.NO_WAY_TO_SIGN_IN);
        assertThat(report(NO_READER, CAMERA_GONE).overall()).isEqualTo(HealthState.FAILING);
    }

    @Test
    void aJournalOrDiskThatFailsIsOutOfOrderWhateverElseWorks() {
        assertThat(report(READERS_OK, CAMERA_OK, CheckResult.failing(CheckKind.JOURNAL, "j")).outOfOrder())
                .contains(HealthReport.OutOfOrder.JOURNAL_NOT_WRITABLE);
        assertThat(report(READERS_OK, JOURNAL_OK, CheckResult.failing(CheckKind.DISK_SPACE, "d", 10L)).outOfOrder())
                .contains(HealthReport.OutOfOrder.DISK_NEARLY_FULL);
        assertThat(report(READERS_OK, JOURNAL_OK, CheckResult.degraded(CheckKind.DISK_SPACE, "d", 500L))
                .outOfOrder()).isEmpty();
    }

    @Test
    void otherFailuresOnlyDegrade() {
        HealthReport report = report(READERS_OK, JOURNAL_OK, CheckResult.failing(CheckKind.SYNC_AGE, "s", 30L),
                CheckResult.failing(CheckKind.CLOCK, "k"), CheckResult.failing(CheckKind.PRINTER, "p"));
        assertThat(report.outOfOrder()).isEmpty();
        assertThat(report.overall()).isEqualTo(HealthState.DEGRADED);
        assertThat(report.result(CheckKind.CAMERA)).isEqualTo(Optional.empty());
    }
}
