package org.huzhu.protocol;

/** The envelope names a signature suite this software does not know. */
public final class UnknownSuiteException extends ProtocolException {

    public static final String CODE = "unknown-suite";

    public UnknownSuiteException(long sequence, String message) {
        super(sequence, message, null);
    }

    public UnknownSuiteException(long sequence, String message, Throwable cause) {
        super(sequence, message, cause);
    }

    @Override
    public String code() {
        return CODE;
    }
}
