package org.huzhu.kiosk.community;

/**
 * The kiosk will not do what the resident asked, for a reason the resident can act on. Screens turn {@link #reason()}
 * into plain words with what to do next; nothing was recorded.
 */
public final class Refusal extends Exception {

    /**
     * Why; each has a text for residents under {@code refusal.<key>} and, for those the counter can meet, one for
     * staff under {@code counter.refusal.<key>}.
     */
    public enum Reason {
        /** The time slot has no place left. */
        SLOT_FULL("slot-full"),
        /** The slot has started or is no longer offered. */
        SLOT_GONE("slot-gone"),
        /** Too close to the start to cancel at the kiosk. */
        TOO_LATE_TO_CANCEL("too-late-to-cancel"),
        /** The booking is not this resident's, is cancelled already, or the server refused it. */
        NOT_CANCELLABLE("not-cancellable"),
        /** The balance would go below what the time bank allows. */
        NOT_ENOUGH_MINUTES("not-enough-minutes"),
        /** No snapshot, or one older than the offline policy allows: a connection or a staff member is needed. */
        NEEDS_CONNECTION_OR_STAFF("needs-connection-or-staff"),
        /**
         * More than the offline limit lets a station spend on its snapshot, whether the kiosk is online or not (a
         * service dearer than the limit always is): a staff member is needed, at the counter.
         */
        OVER_OFFLINE_LIMIT("over-offline-limit"),
        /** Transfers and bookings for someone else need a family link made by a social worker. */
        NOT_FAMILY("not-family"),
        /** Family, but the link does not let this member book for, or spend the minutes of, that resident. */
        FAMILY_MAY_NOT_ACT("family-may-not-act"),
        /** Family, but the link does not let this member receive minutes from that resident. */
        FAMILY_MAY_NOT_RECEIVE("family-may-not-receive"),
        /** The volunteer task is not on today's list. */
        UNKNOWN_TASK("unknown-task"),
        /** Checked in to this task already. */
        ALREADY_CHECKED_IN("already-checked-in"),
        /** Checking out needs a check-in first. */
        NOT_CHECKED_IN("not-checked-in"),
        /** Only a staff member, signed in with their staff card, may do this. */
        NEEDS_STAFF("needs-staff"),
        /** The staff card left the reader, or did not sign in time (counter). */
        STAFF_CARD_GONE("staff-card-gone"),
        /** The card is already bound to a resident (counter enrolment). */
        DUPLICATE_CARD("duplicate-card"),
        /** The two residents are family already (counter). */
        ALREADY_FAMILY("already-family"),
        /** A resident linked with themselves (counter). */
        SAME_RESIDENT("same-resident"),
        /** A resident this station does not know (yet) (counter). */
        UNKNOWN_RESIDENT("unknown-resident"),
        /** The card tapped as a resident's new card carries another ID number, or is bound to nobody (counter). */
        NOT_THEIR_CARD("not-their-card"),
        /** The card tapped as a resident's new card is the one their binding accepts already (counter). */
        CARD_ALREADY_CURRENT("card-already-current"),
        /**
         * A correction, or volunteer minutes other than the checked duration, need the staff member's reason, for
         * the monthly review (counter).
         */
        REASON_REQUIRED("reason-required"),
        /** The entry is a correction itself, a refund, moved no minutes, or was reversed already (counter). */
        NOT_REVERSIBLE("not-reversible"),
        /** Minutes outside what the counter allows for the task (counter, volunteer work). */
        MINUTES_OUT_OF_RANGE("minutes-out-of-range"),
        /** The volunteer's work on this task was confirmed or marked as a no-show already (counter). */
        ALREADY_SETTLED("already-settled"),
        /** The resident's account was closed (moved away, died): nothing more is done for or with it. */
        ACCOUNT_CLOSED("account-closed"),
        /** The station could not record it (its storage failed); the resident should ask staff. */
        NOT_RECORDED("not-recorded"),
        // the centre's notices (issue 12 part 7, counter)
        /** A notice needs its text in both languages, each at most 200 characters. */
        NOTICE_TEXT("notice-text"),
        /** A notice's last day is before its first, or has passed already. */
        NOTICE_DATES("notice-dates"),
        /** The notice was withdrawn already, or this station does not know it. */
        NOTICE_GONE("notice-gone"),
        // the hospital desk (issue 13)
        /** The hospital's order number is missing, longer than 35 characters or holds control characters. */
        HOSPITAL_ORDER_NUMBER("hospital-order-number"),
        /** A hospital order needs 1..100 items of its bill. */
        BILL_ITEMS("bill-items"),
        /** A bill item without what it is, or with an amount that is not yuan with at most two decimals. */
        BILL_ITEM("bill-item"),
        /** The hospital's order does not match the patient's aid order (the desk's check ahead said why). */
        AID_MISMATCH("aid-mismatch"),
        // face sign-in (issue 14)
        /** The server's face-template key is not signed by the server this counter enrolled with: nothing sealed. */
        FACE_KEY_NOT_TRUSTED("face-key-not-trusted"),
        // the second factor for weak sign-ins (issue 14 part 4)
        /**
         * Giving this many minutes away after signing in by face or by a resident code needs the resident's card too:
         * "please tap your card to give this much".
         */
        CARD_NEEDED("card-needed");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        /** The message-bundle key suffix. */
        public String key() {
            return key;
        }
    }

    private final Reason reason;

    public Refusal(Reason reason, String detail) {
        super(reason.key() + ": " + detail);
        this.reason = reason;
    }

    public Refusal(Reason reason, String detail, Throwable cause) {
        super(reason.key() + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
