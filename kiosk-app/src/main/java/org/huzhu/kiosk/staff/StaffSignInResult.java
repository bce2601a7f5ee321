package org.huzhu.kiosk.staff;

/** What came of a staff member's PIN, in the kiosk's own terms. Immutable values. */
public sealed interface StaffSignInResult {

    /** The PIN was right: {@code session} is the signed-in staff member. The receiver owns it and closes it. */
    record SignedIn(StaffSession session) implements StaffSignInResult {
    }

    /** The PIN was wrong; {@code triesLeft} more wrong PINs block the card. */
    record WrongPin(int triesLeft) implements StaffSignInResult {
    }

    /** Too many wrong PINs: the card refuses every PIN until its issuer unblocks it. */
    record Blocked() implements StaffSignInResult {
    }

    /** Another card now lies on the reader than the one that was read; no PIN was sent to it. */
    record NotTheSameCard() implements StaffSignInResult {
    }

    /** The card left, or did not answer, before it checked the PIN: it can be tried again. */
    record TapAgain() implements StaffSignInResult {
    }

    /** The card's reader is gone (unplugged, or the card service stopped). */
    record ReaderGone() implements StaffSignInResult {
    }

    /** The card answered something a staff card must not: it needs looking at. */
    record CardUnreadable() implements StaffSignInResult {
    }
}
