package org.huzhu.protocol.json;

/** Bytes that are not one well-formed JSON value within our limits, or a value RFC 8785 cannot canonicalise. */
public final class MalformedJsonException extends Exception {

    public MalformedJsonException(String message) {
        super(message);
    }

    public MalformedJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
