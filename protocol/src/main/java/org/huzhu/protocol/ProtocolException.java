package org.huzhu.protocol;

import java.util.OptionalLong;

/**
 * Why a transaction cannot be accepted. Each subtype has a stable machine-readable {@link #code()} that the server
 * returns in rejections and the kiosk shows staff; the message is for logs.
 */
public abstract sealed class ProtocolException extends Exception
        permits MalformedEnvelopeException, BadSignatureException, BrokenChainException, UnknownSuiteException,
        SuiteMismatchException {

    private final long sequence;

    protected ProtocolException(long sequence, String message, Throwable cause) {
        super(message, cause);
        this.sequence = sequence;
    }

    /** Stable identifier of the failure kind, e.g. {@code "bad-signature"}. */
    public abstract String code();

    /** The sequence number of the transaction at fault, when known. */
    public OptionalLong sequence() {
        return sequence > 0 ? OptionalLong.of(sequence) : OptionalLong.empty();
    }
}
