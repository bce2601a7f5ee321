package org.huzhu.server.identity;

import java.nio.file.Path;

/** The server's key store cannot be read or created; the message names the file and the reason. */
public final class KeyStoreException extends Exception {

    public KeyStoreException(Path file, String message) {
        super(file + ": " + message);
    }

    public KeyStoreException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
    }
}
