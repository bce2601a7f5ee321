package org.huzhu.devices.card.reader;

import java.util.Optional;
import org.huzhu.devices.card.tlv.CardDataException;

/**
 * What came of opening a staff session with a PIN ({@link ReaderService#openStaffSession}). Immutable values.
 *
 * <p>It lives beside the reader service rather than with the card profiles because {@link Accepted} carries a live
 * {@link StaffCardSession}; card protocols never know readers (the ArchUnit rules of this module).
 */
public sealed interface StaffPinResult {

    /**
     * The card accepted the PIN and stays connected with the PIN verified: {@code session} signs for the staff member
     * until it is closed or the card leaves the reader. The receiver owns the session and must close it.
     */
    record Accepted(StaffCardSession session) implements StaffPinResult {
    }

    /** Wrong PIN; {@code triesLeft} more wrong PINs are allowed before the card blocks. */
    record WrongPin(int triesLeft) implements StaffPinResult {
    }

    /** The PIN is blocked on the card; only the card's issuer can unblock it (with the PUK). */
    record Blocked() implements StaffPinResult {
    }

    /**
     * The card now in the reader is not the staff card that was read (swapped, not a PIV card, or a card that shows
     * the right certificate but cannot sign with its key). No PIN was sent to it when it showed another certificate.
     */
    record NotTheSameCard() implements StaffPinResult {
    }

    /** The card was removed or the exchange failed before the card answered: ask for the card again. */
    record TapAgain() implements StaffPinResult {
    }

    /** The reader is gone, unknown, or the PC/SC service is missing. */
    record ReaderUnavailable(String readerName) implements StaffPinResult {
    }

    /** The card answered something the PIV profile does not allow. */
    record CardUnreadable(CardDataException.Problem problem) implements StaffPinResult {
    }

    /** The session when the PIN was accepted. */
    default Optional<StaffCardSession> acceptedSession() {
        return this instanceof Accepted accepted ? Optional.of(accepted.session()) : Optional.empty();
    }
}
