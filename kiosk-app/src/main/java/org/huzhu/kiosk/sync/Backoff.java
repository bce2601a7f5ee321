package org.huzhu.kiosk.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: after the n-th failure in a row, wait a uniformly random time between 0 and
 * {@code min(cap, base × 2^(n-1))}. Full jitter spreads kiosks that lost the server at the same moment (a centre's
 * network going down) so they do not all come back at once. Immutable; the random source is the caller's.
 *
 * @param base the ceiling of the first wait
 * @param cap  the largest wait ever; also the wait after a failure that retrying cannot fix
 */
public record Backoff(Duration base, Duration cap) {

    /** 1 s doubling up to 5 minutes. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

    public Backoff {
        Objects.requireNonNull(base);
        Objects.requireNonNull(cap);
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap");
        }
    }

    /** The ceiling of the wait after {@code failures} failures in a row (at least 1). */
    public Duration ceiling(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1");
        }
        // Doubling more than 62 times would overflow; by then the cap has long been reached.
        int doublings = Math.min(failures - 1, 62);
        long ceilingNanos = base.toNanos() > (cap.toNanos() >> doublings) ? cap.toNanos()
                : base.toNanos() << doublings;
        return Duration.ofNanos(Math.min(ceilingNanos, cap.toNanos()));
    }

    /** A wait drawn uniformly from [0, {@link #ceiling}], in whole milliseconds. */
    public Duration delay(int failures, RandomGenerator random) {
        long ceilingMillis = ceiling(failures).toMillis();
        return Duration.ofMillis(random.nextLong(ceilingMillis + 1));
    }
}
