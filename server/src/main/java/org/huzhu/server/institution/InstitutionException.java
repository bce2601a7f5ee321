package org.huzhu.server.institution;

/** A registry change or look-up that does not apply; nothing changed. {@link #reason} says which kind. */
public final class InstitutionException extends Exception {

    /** Why, for callers that act on it (tests, the commands' exit codes). */
    public enum Reason {
        /** The signing key, or the kind and registration number, is registered already. */
        DUPLICATE,
        /** A key does not parse as its suite's or scheme's, or the two keys are the same. */
        BAD_KEY,
        /** A text is empty, too long or holds control characters; a check names no document. */
        INVALID,
        /** No institution has this id (or none of the kind asked for). */
        UNKNOWN,
        /** The change does not apply to the institution as it stands (suspending twice, reinstating an active one). */
        WRONG_STATE
    }

    private final Reason reason;

    public InstitutionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
