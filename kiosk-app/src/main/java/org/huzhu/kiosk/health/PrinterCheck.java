package org.huzhu.kiosk.health;

import org.huzhu.devices.printer.PrinterStatus;
import org.huzhu.kiosk.printing.StationPrinter;

/**
 * The receipt printer, registered only where one is configured: degraded, never failing, when it cannot print, since
 * a booking stands without its receipt (ADR 0021) and the kiosk goes on serving.
 */
public final class PrinterCheck implements HealthCheck {

    private final StationPrinter printer;

    public PrinterCheck(StationPrinter printer) {
        this.printer = printer;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.PRINTER;
    }

    @Override
    public CheckResult check() {
        PrinterStatus status = printer.status().orElse(PrinterStatus.ABSENT);
        return switch (status) {
            case READY -> CheckResult.ok(kind(), "health.reason.printer.ready");
            case UNKNOWN -> CheckResult.ok(kind(), "health.reason.printer.unknown");
            case OUT_OF_PAPER -> CheckResult.degraded(kind(), "health.reason.printer.paper");
            case COVER_OPEN -> CheckResult.degraded(kind(), "health.reason.printer.cover");
            case OFFLINE, ABSENT -> CheckResult.degraded(kind(), "health.reason.printer.absent");
        };
    }
}
