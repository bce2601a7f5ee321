package org.huzhu.kiosk.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How sync stands, for the UI's "last synced" line and for staff.
 *
 * @param lastSuccess when the server last answered this kiosk (kept in the database, so it survives restarts)
 * @param pending     transactions the server has not answered yet
 * @param problem     why the last attempt failed; empty if it succeeded (or none was made yet)
 */
public record SyncStatus(Optional<Instant> lastSuccess, long pending, Optional<SyncProblem> problem) {

    public SyncStatus {
        Objects.requireNonNull(lastSuccess);
        Objects.requireNonNull(problem);
    }

    /** Whether the last attempt failed. */
    public boolean failing() {
        return problem.isPresent();
    }

    /** The message-bundle key of the sentence that says why, if the last attempt failed. */
    public Optional<String> reasonKey() {
        return problem.map(SyncProblem::messageKey);
    }
}
