package org.huzhu.devices.card.profile;

import java.util.Optional;
import org.huzhu.devices.card.tlv.CardDataException;

/** What came of checking a staff PIN. Immutable values. */
public sealed interface StaffPinResult {

    /** The card accepted the PIN: the holder of {@code staffNumber} is signed in. */
    record Accepted(String staffNumber) implements StaffPinResult {
    }

    /** Wrong PIN; {@code triesLeft} more wrong PINs are allowed before the card blocks. */
    record WrongPin(int triesLeft) implements StaffPinResult {
    }

    /** The PIN is blocked on the card; only the counter can unblock it. */
    record Blocked() implements StaffPinResult {
    }

    /** The card now in the reader is not the staff card that was read (swapped, or not a staff card). */
    record NotTheSameCard() implements StaffPinResult {
    }

    /** The card was removed or the exchange failed before the card answered: ask for the card again. */
    record TapAgain() implements StaffPinResult {
    }

    /** The reader is gone, unknown, or the PC/SC service is missing. */
    record ReaderUnavailable(String readerName) implements StaffPinResult {
    }

    /** The card answered something the staff profile does not allow. */
    record CardUnreadable(CardDataException.Problem problem) implements StaffPinResult {
    }

    /** The staff number when the PIN was accepted. */
    default Optional<String> acceptedStaffNumber() {
        return this instanceof Accepted accepted ? Optional.of(accepted.staffNumber()) : Optional.empty();
    }
}
