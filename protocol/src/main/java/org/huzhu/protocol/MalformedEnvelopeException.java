package org.huzhu.protocol;

/** The bytes are not a well-formed, canonical envelope of a known shape. */
public final class MalformedEnvelopeException extends ProtocolException {

    public static final String CODE = "malformed-envelope";

    public MalformedEnvelopeException(long sequence, String message) {
        super(sequence, message, null);
    }

    public MalformedEnvelopeException(long sequence, String message, Throwable cause) {
        super(sequence, message, cause);
    }

    @Override
    public String code() {
        return CODE;
    }
}
