package org.huzhu.kiosk.sync;

/**
 * Why sync is not working, in words staff and residents can act on. {@link #messageKey()} names the sentence in the
 * UI's message bundles; {@link #retryable()} says whether trying again by itself may help.
 */
public enum SyncProblem {
    /** No connection to the server (network down, server stopped, timeout). */
    UNREACHABLE("sync.problem.unreachable", true),
    /** The server answered but could not do it now (5xx, or it said to retry). */
    SERVER_BUSY("sync.problem.server-busy", true),
    /** The server refused the request time: the kiosk's clock is more than 5 minutes off. */
    CLOCK_WRONG("sync.problem.clock-wrong", true),
    /** The kiosk's own database failed (disk full, file locked). */
    LOCAL_STORAGE("sync.problem.local-storage", true),
    /** The server's certificate is not the pinned one, or not trusted: the kiosk will not talk to it. */
    UNTRUSTED_SERVER("sync.problem.untrusted-server", false),
    /**
     * The server's transparency log no longer holds what it showed this kiosk before (a dropped or rewritten
     * transaction, or another history shown to others): the server is not to be trusted until someone looks.
     */
    LOG_INCONSISTENT("sync.problem.log-inconsistent", false),
    /** Staff must look: not enrolled, revoked, refused, or an answer that breaks the protocol. */
    NEEDS_STAFF("sync.problem.needs-staff", false);

    private final String messageKey;
    private final boolean retryable;

    SyncProblem(String messageKey, boolean retryable) {
        this.messageKey = messageKey;
        this.retryable = retryable;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean retryable() {
        return retryable;
    }
}
