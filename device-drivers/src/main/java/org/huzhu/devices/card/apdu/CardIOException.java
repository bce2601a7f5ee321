package org.huzhu.devices.card.apdu;

/**
 * Talking to the card failed below the level of card data: the card left, the reader went away, the PC/SC service
 * stopped, or the card answered something that is not a response APDU. The message never contains card data.
 */
public final class CardIOException extends Exception {

    /** What failed, so the reader service can choose between "tap again", "reader gone" and "service missing". */
    public enum Reason {
        /** The card was removed (or reset by someone else) before the exchange finished. */
        CARD_REMOVED,
        /** The card did not answer, or the reader lost the exchange; a second tap usually helps. */
        COMMUNICATION,
        /** The reader is no longer there. */
        READER_UNAVAILABLE,
        /** The PC/SC service (pcscd) is not running or was restarted. */
        SERVICE_UNAVAILABLE,
        /** The answer broke the APDU rules (shorter than SW1 SW2, endless 61xx chain, ...). */
        PROTOCOL
    }

    private final Reason reason;

    public CardIOException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public CardIOException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
