package org.huzhu.kiosk.sync;

import java.util.Objects;

/**
 * Sync could not go on. {@link #problem()} says why in words the UI can show; {@link #retryable()} whether trying again
 * later may help (network down, server busy) or staff must look (refused enrolment, a receipt with a bad signature, a
 * broken chain at the server, an untrusted certificate).
 */
public final class SyncException extends Exception {

    private final SyncProblem problem;
    private final String refusal;

    public SyncException(SyncProblem problem, String message, Throwable cause) {
        this(problem, "", message, cause);
    }

    /** @param refusal the server's error code when it refused the request (docs/protocol.md §9), else {@code ""} */
    public SyncException(SyncProblem problem, String refusal, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem);
        this.refusal = Objects.requireNonNull(refusal);
    }

    /** The server's error code if it refused the request ({@code staff-revoked}, …), else {@code ""}. */
    public String refusal() {
        return refusal;
    }

    public SyncProblem problem() {
        return problem;
    }

    public boolean retryable() {
        return problem.retryable();
    }
}
