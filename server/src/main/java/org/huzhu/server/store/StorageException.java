package org.huzhu.server.store;

/** The database cannot do what was asked (unreachable, full, schema problem). Usually worth retrying later. */
public final class StorageException extends Exception {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
