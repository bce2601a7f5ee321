package org.huzhu.kiosk.printing;

import java.util.Objects;
import java.util.Optional;
import org.huzhu.devices.printer.PaperWidth;
import org.huzhu.devices.printer.PrintResult;
import org.huzhu.devices.printer.PrinterStatus;
import org.huzhu.devices.printer.ReceiptPrinter;
import org.huzhu.kiosk.config.PrinterSetting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's receipt printer, if it has one, and the paper it holds. A receipt is a courtesy: what it records
 * stands whether it prints or not, so nothing here throws and the result is logged once, here.
 */
public final class StationPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(StationPrinter.class);

    private final Optional<ReceiptPrinter> printer;
    private final PaperWidth paper;
    private final String header;

    /** @param header what heads every receipt: the centre's name */
    public StationPrinter(Optional<ReceiptPrinter> printer, PaperWidth paper, String header) {
        this.printer = Objects.requireNonNull(printer);
        this.paper = Objects.requireNonNull(paper);
        this.header = Objects.requireNonNull(header);
    }

    public static StationPrinter none() {
        return new StationPrinter(Optional.empty(), PrinterSetting.NONE.paper(), "");
    }

    /** The configured printer (nothing is opened until a receipt prints). */
    public static StationPrinter of(PrinterSetting setting, String header) {
        return new StationPrinter(setting.address().map(address -> new ReceiptPrinter(address.transport())),
                setting.paper(), header);
    }

    public String header() {
        return header;
    }

    public boolean present() {
        return printer.isPresent();
    }

    public PaperWidth paper() {
        return paper;
    }

    /** How the printer says it is now, for the health page; empty without a printer. Blocking, as printing is. */
    public Optional<PrinterStatus> status() {
        return printer.map(ReceiptPrinter::status);
    }

    /** Dots across the paper (the demo draws its paper this wide, scaled). */
    public int paperDots() {
        return paper.dots();
    }

    /**
     * Prints {@code receipt}, wrapped to the paper. Blocking (a network printer may take seconds to be found absent):
     * call from a worker thread, never the FX thread.
     */
    public PrintOutcome print(Paper receipt) {
        if (printer.isEmpty()) {
            return PrintOutcome.NO_PRINTER;
        }
        PrintResult result = printer.get().print(receipt.toReceipt(paper));
        return switch (result) {
            case PrintResult.Printed printed -> PrintOutcome.PRINTED;
            case PrintResult.NotPrinted notPrinted -> {
                LOG.warn("A receipt did not print on {}: {}", printer.get().describe(), notPrinted.detail());
                yield notPrinted.status() == PrinterStatus.OUT_OF_PAPER ? PrintOutcome.OUT_OF_PAPER
                        : PrintOutcome.NOT_PRINTED;
            }
        };
    }
}
