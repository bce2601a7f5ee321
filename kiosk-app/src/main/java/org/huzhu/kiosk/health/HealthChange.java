package org.huzhu.kiosk.health;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the health history: at {@code at}, a check's answer became {@code now} (from {@code before}; empty for
 * its first answer).
 */
public record HealthChange(Instant at, Optional<HealthState> before, CheckResult now) {

    public HealthChange {
        Objects.requireNonNull(at);
        Objects.requireNonNull(before);
        Objects.requireNonNull(now);
    }
}
