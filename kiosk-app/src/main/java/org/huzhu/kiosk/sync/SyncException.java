package org.huzhu.kiosk.sync;

/**
 * Sync could not go on. {@link #retryable()} says whether trying again later may help (network down, server busy) or
 * staff must look (refused enrolment, a receipt with a bad signature, a broken chain at the server).
 */
public final class SyncException extends Exception {

    private final boolean retryable;

    public SyncException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
