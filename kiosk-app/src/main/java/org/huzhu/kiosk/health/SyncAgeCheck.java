package org.huzhu.kiosk.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.huzhu.kiosk.sync.SyncService;

/**
 * How long since the server last answered: degraded after {@link #DEGRADED_AFTER} (residents still serve from the
 * snapshot, but limits and bookings grow stale), failing after {@link #FAILING_AFTER}, well before the offline
 * policy's age limit (72 h by default) stops face sign-in and large transfers. Degraded while not enrolled at all.
 */
final class SyncAgeCheck implements HealthCheck {

    static final Duration DEGRADED_AFTER = Duration.ofHours(1);
    static final Duration FAILING_AFTER = Duration.ofHours(24);

    private final Optional<SyncService> sync;
    private final Clock clock;

    SyncAgeCheck(Optional<SyncService> sync, Clock clock) {
        this.sync = sync;
        this.clock = clock;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.SYNC_AGE;
    }

    @Override
    public CheckResult check() {
        if (sync.isEmpty()) {
            return CheckResult.degraded(kind(), "health.reason.sync.notEnrolled");
        }
        Optional<Instant> last = sync.get().status().lastSuccess();
        if (last.isEmpty()) {
            return CheckResult.degraded(kind(), "health.reason.sync.never");
        }
        Duration age = Duration.between(last.get(), clock.instant());
        long minutes = Math.max(0, age.toMinutes());
        if (age.compareTo(FAILING_AFTER) > 0) {
            return CheckResult.failing(kind(), "health.reason.sync.hoursAgo", age.toHours());
        }
        if (age.compareTo(DEGRADED_AFTER) > 0) {
            return CheckResult.degraded(kind(), "health.reason.sync.hoursAgo", age.toHours());
        }
        return CheckResult.ok(kind(), "health.reason.sync.minutesAgo", minutes);
    }
}
