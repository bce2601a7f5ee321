package org.huzhu.devices.card.piv;

/** What a PIV card said to VERIFY (SP 800-73-4 part 2, 3.2.1). Immutable values. */
public sealed interface PinAnswer {

    /** 9000: the PIN is (now) verified. */
    record Verified() implements PinAnswer {
    }

    /** 63Cx: not verified, {@code triesLeft} (1..15) more attempts before the PIN blocks. */
    record Wrong(int triesLeft) implements PinAnswer {
    }

    /** 6983, or 63C0: no tries left; only a reset with the PUK helps. */
    record Blocked() implements PinAnswer {
    }
}
