package org.huzhu.protocol;

/** The envelope's suite is known but not the one this kiosk is enrolled with. */
public final class SuiteMismatchException extends ProtocolException {

    public static final String CODE = "suite-mismatch";

    public SuiteMismatchException(long sequence, String message) {
        super(sequence, message, null);
    }

    public SuiteMismatchException(long sequence, String message, Throwable cause) {
        super(sequence, message, cause);
    }

    @Override
    public String code() {
        return CODE;
    }
}
