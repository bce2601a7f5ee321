package org.huzhu.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {

    /** Always draws the largest value allowed, or the smallest. */
    private record Extreme(boolean largest) implements RandomGenerator {
        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("only bounded draws are expected");
        }

        @Override
        public long nextLong(long bound) {
            return largest ? bound - 1 : 0;
        }
    }

    @Test
    void theCeilingDoublesFromOneSecondUpToFiveMinutes() {
        Backoff backoff = Backoff.DEFAULT;

        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceiling(9)).isEqualTo(Duration.ofSeconds(256));
        assertThat(backoff.ceiling(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.ceiling(1_000)).as("no overflow after many failures").isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void fullJitterSpansZeroToTheCeiling() {
        assertThat(Backoff.DEFAULT.delay(3, new Extreme(true))).isEqualTo(Duration.ofSeconds(4));
        assertThat(Backoff.DEFAULT.delay(3, new Extreme(false))).isEqualTo(Duration.ZERO);
        assertThat(Backoff.DEFAULT.delay(40, new Extreme(true))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void drawsStayWithinTheBoundsAndSpreadOverThem() {
        RandomGenerator random = new SplittableRandom(42);
        long below = 0;
        for (int i = 0; i < 10_000; i++) {
            Duration delay = Backoff.DEFAULT.delay(4, random);
            assertThat(delay).isBetween(Duration.ZERO, Duration.ofSeconds(8));
            below += delay.compareTo(Duration.ofSeconds(4)) < 0 ? 1 : 0;
        }
        assertThat(below).as("about half below the middle").isBetween(4_700L, 5_300L);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.DEFAULT.ceiling(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
