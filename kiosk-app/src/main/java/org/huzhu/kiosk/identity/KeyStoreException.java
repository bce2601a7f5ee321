package org.huzhu.kiosk.identity;

import java.nio.file.Path;

/** The kiosk's key store cannot be opened or created; the message says why in plain words. */
public final class KeyStoreException extends Exception {

    public KeyStoreException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
    }

    public KeyStoreException(Path file, String message) {
        super(file + ": " + message);
    }
}
