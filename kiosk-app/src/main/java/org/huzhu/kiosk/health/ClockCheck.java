package org.huzhu.kiosk.health;

import java.time.Duration;
import java.util.Optional;
import org.huzhu.kiosk.sync.SyncProblem;
import org.huzhu.kiosk.sync.SyncService;

/**
 * The kiosk's clock against the server's ({@link ServerClock}, from the last heartbeat): failing when the server
 * refused a request as stale (its limit is 5 minutes, docs/protocol.md) or the clocks are more than
 * {@link #FAILING_BEYOND} apart, degraded beyond {@link #DEGRADED_BEYOND} (booking times and code expiries drift).
 * OK, saying so, while nothing was compared yet.
 */
final class ClockCheck implements HealthCheck {

    static final Duration DEGRADED_BEYOND = Duration.ofMinutes(1);
    static final Duration FAILING_BEYOND = Duration.ofMinutes(5);

    private final ServerClock serverClock;
    private final Optional<SyncService> sync;

    ClockCheck(ServerClock serverClock, Optional<SyncService> sync) {
        this.serverClock = serverClock;
        this.sync = sync;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.CLOCK;
    }

    @Override
    public CheckResult check() {
        if (sync.map(s -> s.status().problem().equals(Optional.of(SyncProblem.CLOCK_WRONG))).orElse(false)) {
            return CheckResult.failing(kind(), "health.reason.clock.refused");
        }
        Optional<ServerClock.Reading> reading = serverClock.last();
        if (reading.isEmpty()) {
            return CheckResult.ok(kind(), "health.reason.clock.notCompared");
        }
        Duration off = reading.get().kioskAhead().abs();
        long seconds = off.toSeconds();
        if (off.compareTo(FAILING_BEYOND) > 0) {
            return CheckResult.failing(kind(), "health.reason.clock.off", seconds);
        }
        if (off.compareTo(DEGRADED_BEYOND) > 0) {
            return CheckResult.degraded(kind(), "health.reason.clock.off", seconds);
        }
        return CheckResult.ok(kind(), "health.reason.clock.ok", seconds);
    }
}
