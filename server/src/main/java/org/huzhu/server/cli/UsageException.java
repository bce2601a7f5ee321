package org.huzhu.server.cli;

/** Command-line arguments we do not understand; the message says which. */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
