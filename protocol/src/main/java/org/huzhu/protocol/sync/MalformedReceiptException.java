package org.huzhu.protocol.sync;

/** A receipt that is not a well-formed receipt object (its signature is a separate question). */
public final class MalformedReceiptException extends Exception {

    public MalformedReceiptException(String message) {
        super(message);
    }

    public MalformedReceiptException(String message, Throwable cause) {
        super(message, cause);
    }
}
