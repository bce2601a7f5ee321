package org.huzhu.devices.printer;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS receipt printer: asks it how it is ({@code DLE EOT}), then prints. Every outcome is a value — out of
 * paper, cover open, offline, absent — never an exception. Blocking I/O (a network printer may take seconds to be
 * found absent): call from a worker thread, never the FX thread. Thread-safe: one job at a time.
 */
public final class ReceiptPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptPrinter.class);
    /** Printers answer a real-time status query within milliseconds; more means no answer will come. */
    static final Duration ANSWER_TIMEOUT = Duration.ofMillis(800);

    private final PrinterTransport transport;
    private final EscPosEncoder encoder = new EscPosEncoder();

    public ReceiptPrinter(PrinterTransport transport) {
        this.transport = transport;
    }

    public String describe() {
        return transport.describe();
    }

    /** How the printer is now, asked on a connection of its own. */
    public synchronized PrinterStatus status() {
        try (PrinterTransport.Connection connection = transport.open()) {
            return status(connection);
        } catch (IOException e) {
            LOG.debug("Printer {} absent: {}", transport.describe(), e.toString());
            return PrinterStatus.ABSENT;
        }
    }

    /** Prints {@code receipt} if the printer says it can (or cannot say). */
    public synchronized PrintResult print(Receipt receipt) {
        byte[] bytes = encoder.encode(receipt);
        try (PrinterTransport.Connection connection = transport.open()) {
            PrinterStatus status = status(connection);
            if (!status.canPrint()) {
                return new PrintResult.NotPrinted(status, transport.describe() + " reports " + status);
            }
            connection.write(bytes);
            if (connection.answers()) {
                // A last status query after the job: its answer comes once the printer has taken every byte before it.
                PrinterStatus after = status(connection);
                if (after == PrinterStatus.OUT_OF_PAPER || after == PrinterStatus.COVER_OPEN) {
                    return new PrintResult.NotPrinted(after, transport.describe() + " reports " + after
                            + " during the receipt");
                }
            }
            return new PrintResult.Printed();
        } catch (IOException e) {
            return new PrintResult.NotPrinted(PrinterStatus.ABSENT, transport.describe() + ": " + e);
        }
    }

    private static PrinterStatus status(PrinterTransport.Connection connection) throws IOException {
        if (!connection.answers()) {
            return PrinterStatus.UNKNOWN;
        }
        Optional<Integer> printer = ask(connection, EscPos.STATUS_PRINTER);
        if (printer.isEmpty()) {
            return PrinterStatus.UNKNOWN;
        }
        if ((printer.get() & EscPos.STATUS_FIXED_MASK) != EscPos.STATUS_FIXED_BITS) {
            return PrinterStatus.OFFLINE;
        }
        if ((printer.get() & EscPos.PRINTER_OFFLINE) != 0) {
            int cause = ask(connection, EscPos.STATUS_OFFLINE_CAUSE).orElse(0);
            if ((cause & EscPos.COVER_OPEN) != 0) {
                return PrinterStatus.COVER_OPEN;
            }
            return (cause & EscPos.PAPER_END) != 0 ? PrinterStatus.OUT_OF_PAPER : PrinterStatus.OFFLINE;
        }
        int paper = ask(connection, EscPos.STATUS_PAPER).orElse(EscPos.STATUS_FIXED_BITS);
        return (paper & EscPos.PAPER_END) != 0 ? PrinterStatus.OUT_OF_PAPER : PrinterStatus.READY;
    }

    private static Optional<Integer> ask(PrinterTransport.Connection connection, int n) throws IOException {
        connection.write(new byte[] {EscPos.DLE, EscPos.EOT, (byte) n});
        return connection.readAnswer(ANSWER_TIMEOUT);
    }
}
