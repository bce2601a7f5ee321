package org.huzhu.protocol.log;

/** A tree head that is not a well-formed tree head object (its signature is a separate question). */
public final class MalformedTreeHeadException extends Exception {

    public MalformedTreeHeadException(String message) {
        super(message);
    }

    public MalformedTreeHeadException(String message, Throwable cause) {
        super(message, cause);
    }
}
