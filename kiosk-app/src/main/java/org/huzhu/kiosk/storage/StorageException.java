package org.huzhu.kiosk.storage;

import java.nio.file.Path;

/** The kiosk's database cannot do what was asked. The message names the file and, where known, what to do. */
public final class StorageException extends Exception {

    public StorageException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
    }

    public StorageException(Path file, String message) {
        super(file + ": " + message);
    }
}
