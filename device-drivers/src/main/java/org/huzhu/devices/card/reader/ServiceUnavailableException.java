package org.huzhu.devices.card.reader;

/** The card reader service (pcscd for PC/SC) cannot be reached. The reader service retries on its own. */
public final class ServiceUnavailableException extends Exception {

    public ServiceUnavailableException(String message) {
        super(message);
    }

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
