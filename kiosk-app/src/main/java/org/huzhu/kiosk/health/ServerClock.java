package org.huzhu.kiosk.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The last comparison of the kiosk's clock with the server's: the server's time in its answer to a heartbeat, and the
 * kiosk's when the answer came. Written by the heartbeat, read by the clock check. Thread-safe.
 */
public final class ServerClock {

    /** One comparison; {@link #kioskAhead()} is positive when the kiosk's clock is ahead of the server's. */
    public record Reading(Instant serverTime, Instant kioskTime) {

        public Reading {
            Objects.requireNonNull(serverTime);
            Objects.requireNonNull(kioskTime);
        }

        public Duration kioskAhead() {
            return Duration.between(serverTime, kioskTime);
        }
    }

    private final AtomicReference<Reading> last = new AtomicReference<>();

    public void record(Instant serverTime, Instant kioskTime) {
        last.set(new Reading(serverTime, kioskTime));
    }

    public Optional<Reading> last() {
        return Optional.ofNullable(last.get());
    }
}
