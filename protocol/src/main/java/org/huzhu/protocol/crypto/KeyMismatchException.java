package org.huzhu.protocol.crypto;

/** A key of another algorithm was given to a suite (e.g. an SM2 key to the Ed25519 suite). */
public final class KeyMismatchException extends Exception {

    public KeyMismatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
