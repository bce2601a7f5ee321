package org.huzhu.kiosk.desk;

/**
 * A counter rule found broken inside the journal transaction (the state changed since the screen looked): thrown from
 * a step's change, it rolls the transaction back, and {@link CounterRecorder} turns it into a {@link DeskRefusal}.
 */
final class DeskRule extends RuntimeException {

    private final DeskRefusal.Reason reason;

    DeskRule(DeskRefusal.Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    DeskRefusal.Reason reason() {
        return reason;
    }
}
