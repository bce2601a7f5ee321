package org.huzhu.devices.printer;

/** Bytes that are not a receipt this kiosk prints: an unknown command, a truncated one, or text out of bounds. */
public final class EscPosFormatException extends Exception {

    public EscPosFormatException(String message) {
        super(message);
    }
}
