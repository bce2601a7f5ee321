package org.huzhu.protocol.crypto;

/**
 * A sealed box that does not open: another recipient's key, a key of another scheme, or bytes (ciphertext,
 * encapsulated key, or the context they were sealed for) altered since sealing. Which of these is deliberately not
 * told apart.
 */
public final class SealedBoxException extends Exception {

    public SealedBoxException(String message) {
        super(message);
    }

    public SealedBoxException(String message, Throwable cause) {
        super(message, cause);
    }
}
