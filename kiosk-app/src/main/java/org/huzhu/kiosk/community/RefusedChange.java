package org.huzhu.kiosk.community;

import java.sql.SQLException;

/**
 * A business change found, inside the journal's transaction, that the action is not allowed (the slot filled up, the
 * balance is too low). Thrown out of the change so the journal records nothing; {@link Recorder} (and the counter's
 * recorder) turns it back into a {@link Refusal}. Checking inside the writer's transaction is what makes "never
 * oversold" and "never below the limit" hold when two sessions race.
 */
public final class RefusedChange extends SQLException {

    private final Refusal.Reason reason;

    public RefusedChange(Refusal.Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Refusal.Reason reason() {
        return reason;
    }
}
