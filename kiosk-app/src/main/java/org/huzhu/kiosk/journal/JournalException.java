package org.huzhu.kiosk.journal;

/** A transaction could not be recorded, or the journal cannot be used with this kiosk's identity. */
public final class JournalException extends Exception {

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }

    public JournalException(String message) {
        super(message);
    }
}
