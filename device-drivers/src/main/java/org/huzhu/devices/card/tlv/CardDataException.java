package org.huzhu.devices.card.tlv;

/**
 * The card answered, but what it answered does not fit the card profile. Checked, so every parser caller decides
 * what a resident sees ("card not supported") instead of an exception reaching the UI.
 *
 * <p>The message names the field and the problem, never the bytes: they may be an ID number.
 */
public final class CardDataException extends Exception {

    /** What is wrong, for tests and for the diagnostics tool. */
    public enum Problem {
        /** Fewer bytes than the structure announces. */
        TRUNCATED,
        /** A length outside what the profile allows. */
        BAD_LENGTH,
        /** A tag other than the one the profile expects at this place. */
        UNEXPECTED_TAG,
        /** Bytes of the right size that are not a valid value (bad digits, bad date, bad encoding, ...). */
        BAD_VALUE,
        /** A status word the profile does not expect for this command. */
        UNEXPECTED_STATUS
    }

    private final Problem problem;

    public CardDataException(Problem problem, String message) {
        super(problem + ": " + message);
        this.problem = problem;
    }

    /** A status word other than the one the profile expects for {@code what} (a command, named in words). */
    public static CardDataException unexpectedStatus(String what, int sw) {
        return new CardDataException(Problem.UNEXPECTED_STATUS, String.format("%s: card answered %04X", what, sw));
    }

    public Problem problem() {
        return problem;
    }
}
