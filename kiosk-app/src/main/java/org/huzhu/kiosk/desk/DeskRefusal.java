package org.huzhu.kiosk.desk;

/**
 * A counter action that was not recorded, and why, in terms the counter's screens can word for staff. Nothing of the
 * action was recorded, on the card or in the journal.
 */
public final class DeskRefusal extends Exception {

    /** Why; {@link #key()} names its sentence in the message bundles ({@code counter.refusal.<key>}). */
    public enum Reason {
        /** The staff card left the reader, or did not sign in time. */
        STAFF_CARD_GONE("staff-card-gone"),
        /** The card is already bound to a resident. */
        DUPLICATE_CARD("duplicate-card"),
        /** The two residents are family already. */
        ALREADY_FAMILY("already-family"),
        /** A resident linked with themselves. */
        SAME_RESIDENT("same-resident"),
        /** A resident this counter does not know (yet). */
        UNKNOWN_RESIDENT("unknown-resident"),
        /** The counter itself failed (its database or journal); the log says more. */
        NOT_RECORDED("not-recorded");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Reason reason;

    DeskRefusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    DeskRefusal(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
