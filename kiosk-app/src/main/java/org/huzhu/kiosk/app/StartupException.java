package org.huzhu.kiosk.app;

/** The kiosk cannot start; the message is one plain sentence for the operator, the exit code says which part failed. */
public final class StartupException extends Exception {

    private final int exitCode;

    public StartupException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
