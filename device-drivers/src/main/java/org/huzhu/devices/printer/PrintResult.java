package org.huzhu.devices.printer;

import java.util.Objects;

/** How printing a receipt went; never an exception, so a caller cannot forget the printer that is out of paper. */
public sealed interface PrintResult {

    /** The receipt was handed to the printer, which said it could print (or could not say: {@link PrinterStatus#UNKNOWN}). */
    record Printed() implements PrintResult {
    }

    /**
     * Nothing (or not all) was printed.
     *
     * @param status why: out of paper, cover open, offline or absent
     * @param detail for the log, in English (the device's own message, say); never shown to a resident
     */
    record NotPrinted(PrinterStatus status, String detail) implements PrintResult {
        public NotPrinted {
            Objects.requireNonNull(detail);
            if (status.canPrint()) {
                throw new IllegalArgumentException(status + " is no reason not to print");
            }
        }
    }

    default boolean printed() {
        return this instanceof Printed;
    }
}
