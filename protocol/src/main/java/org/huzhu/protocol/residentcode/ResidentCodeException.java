package org.huzhu.protocol.residentcode;

import java.util.Objects;

/** A scanned or submitted text is not a valid resident code; {@link #problem()} says which check failed. */
public final class ResidentCodeException extends Exception {

    /** Which check failed, in the order a reader applies them (docs/protocol.md §13). */
    public enum Problem {
        /** The text does not start with {@code HZ1:}: not one of our codes (perhaps an e-card code or a web link). */
        WRONG_PREFIX,
        /** Characters after the prefix that are not base45. */
        BAD_ENCODING,
        /** The bytes are too short, too long, or their length fields do not add up. */
        WRONG_LENGTH,
        /** The suite byte names no suite this version knows. */
        UNKNOWN_SUITE,
        /** A known suite, but not the one of the key the reader trusts. */
        WRONG_SUITE,
        /** The fields cannot be what a server signs: a community that is not UTF-8, an expiry not after issue. */
        BAD_FIELD,
        /** The signature does not verify with the trusted server key: forged, altered, or another server's. */
        BAD_SIGNATURE
    }

    private final Problem problem;

    public ResidentCodeException(Problem problem, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem);
    }

    public Problem problem() {
        return problem;
    }
}
