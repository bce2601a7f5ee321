package org.huzhu.server.api;

/**
 * A request the server refuses as a whole, answered with {@code status} and a JSON error body
 * ({@link org.huzhu.protocol.sync.ErrorBody}). Codes are listed in docs/protocol.md.
 */
public final class ApiException extends Exception {

    private final int status;
    private final String code;
    private final boolean retryable;

    public ApiException(int status, String code, String message) {
        this(status, code, message, false);
    }

    public ApiException(int status, String code, String message, boolean retryable) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryable = retryable;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }
}
