package org.huzhu.kiosk.config;

import java.util.Objects;
import java.util.Optional;
import org.huzhu.devices.printer.PaperWidth;
import org.huzhu.devices.printer.PrinterAddress;

/**
 * The receipt printer: where it is ({@code printer} in kiosk.properties; none: no receipts are printed) and its
 * paper ({@code printer.paper.mm}, 58 or 80).
 */
public record PrinterSetting(Optional<PrinterAddress> address, PaperWidth paper) {

    public static final PrinterSetting NONE = new PrinterSetting(Optional.empty(), PaperWidth.MM80);

    public PrinterSetting {
        Objects.requireNonNull(address);
        Objects.requireNonNull(paper);
    }

    @Override
    public String toString() {
        return "printer " + address.map(a -> "'" + a + "' " + paper.millimetres() + " mm").orElse("none");
    }
}
