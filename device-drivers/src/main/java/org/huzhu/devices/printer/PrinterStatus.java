package org.huzhu.devices.printer;

/** What the printer says about itself before a receipt is sent (from {@code DLE EOT n}). */
public enum PrinterStatus {
    READY,
    /** A one-way connection (a CUPS queue, a device file that gives no answers): print and hope. */
    UNKNOWN,
    OUT_OF_PAPER,
    COVER_OPEN,
    /** The printer answered that it is offline (an error, the feed button held, …). */
    OFFLINE,
    /** Nothing there: no device file, nobody listening on the address, or no answer where one was due. */
    ABSENT;

    /** Whether a receipt sent now would come out. */
    public boolean canPrint() {
        return this == READY || this == UNKNOWN;
    }
}
