package org.huzhu.devices.card.reader;

/**
 * A staff card session could not sign. The message never contains card data or the PIN.
 */
public final class StaffCardException extends Exception {

    /** Why, so the kiosk can choose between "put your card back", "enter your PIN again" and "see the supervisor". */
    public enum Reason {
        /** The card left the reader (or was reset by someone else); the session is over. */
        CARD_REMOVED,
        /** The card says its PIN is not verified any more (it was reset or lost power); open a new session. */
        PIN_NO_LONGER_VERIFIED,
        /** The card refused to sign or answered something that is not a valid signature by the certificate's key. */
        CARD_REFUSED,
        /** The reader or the PC/SC service went away. */
        READER_UNAVAILABLE,
        /** The card did not answer within the time limit. */
        NO_ANSWER,
        /** The session had already ended (closed, card removed, reader gone) before this request. */
        SESSION_CLOSED
    }

    private final Reason reason;

    public StaffCardException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public StaffCardException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
