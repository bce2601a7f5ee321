package org.huzhu.protocol;

/** Wrong kiosk, a sequence number out of order or missing, or a previous-hash that does not match. */
public final class BrokenChainException extends ProtocolException {

    public static final String CODE = "broken-chain";

    public BrokenChainException(long sequence, String message) {
        super(sequence, message, null);
    }

    public BrokenChainException(long sequence, String message, Throwable cause) {
        super(sequence, message, cause);
    }

    @Override
    public String code() {
        return CODE;
    }
}
