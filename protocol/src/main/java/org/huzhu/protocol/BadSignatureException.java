package org.huzhu.protocol;

/** The signature does not verify with the kiosk's public key. */
public final class BadSignatureException extends ProtocolException {

    public static final String CODE = "bad-signature";

    public BadSignatureException(long sequence, String message) {
        super(sequence, message, null);
    }

    public BadSignatureException(long sequence, String message, Throwable cause) {
        super(sequence, message, cause);
    }

    @Override
    public String code() {
        return CODE;
    }
}
