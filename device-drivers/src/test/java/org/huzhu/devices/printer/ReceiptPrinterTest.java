package org.huzhu.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.huzhu.devices.printer.sim.SimulatedPrinter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Printing to the simulated network printer on loopback, and to a device file: every outcome a value. */
class ReceiptPrinterTest {

    private static final Receipt RECEIPT = Receipt.builder(PaperWidth.MM80)
            .line("预约号 00006", TextSize.LARGE, Alignment.CENTRE).qr("HUZHU-BOOKING:00006").cut();

    private SimulatedPrinter simulated;
    private ReceiptPrinter printer;

    @BeforeEach
    void startPrinter() throws Exception {
        simulated = SimulatedPrinter.onLoopback();
        printer = new ReceiptPrinter(simulated.address().transport());
    }

    @AfterEach
    void stopPrinter() throws Exception {
        simulated.close();
    }

    @Test
    void aReadyPrinterPrintsTheReceipt() throws Exception {
        assertThat(printer.status()).isEqualTo(PrinterStatus.READY);

        assertThat(printer.print(RECEIPT)).isEqualTo(new PrintResult.Printed());
        assertThat(simulated.awaitReceipt(Duration.ofSeconds(5))).isEqualTo(RECEIPT);
        assertThat(simulated.unreadable()).isEmpty();
    }

    @Test
    void outOfPaperIsSaidAndNothingIsSent() throws Exception {
        simulated.setOutOfPaper(true);

        assertThat(printer.status()).isEqualTo(PrinterStatus.OUT_OF_PAPER);
        assertThat(printer.print(RECEIPT)).isInstanceOfSatisfying(PrintResult.NotPrinted.class,
                notPrinted -> assertThat(notPrinted.status()).isEqualTo(PrinterStatus.OUT_OF_PAPER));
        assertThat(simulated.awaitReceipt(Duration.ofMillis(300))).isNull();

        simulated.setOutOfPaper(false);
        assertThat(printer.print(RECEIPT).printed()).as("paper back in").isTrue();
    }

    @Test
    void anOpenCoverIsSaid() {
        simulated.setCoverOpen(true);

        assertThat(printer.print(RECEIPT)).isInstanceOfSatisfying(PrintResult.NotPrinted.class,
                notPrinted -> assertThat(notPrinted.status()).isEqualTo(PrinterStatus.COVER_OPEN));
    }

    @Test
    void aPrinterThatIsGoneIsAbsent() throws Exception {
        simulated.close();

        assertThat(printer.status()).isEqualTo(PrinterStatus.ABSENT);
        assertThat(printer.print(RECEIPT)).isInstanceOfSatisfying(PrintResult.NotPrinted.class,
                notPrinted -> assertThat(notPrinted.status()).isEqualTo(PrinterStatus.ABSENT));
    }

    @Test
    void aMissingDeviceFileIsAbsent(@TempDir Path folder) {
        ReceiptPrinter usb = new ReceiptPrinter(new PrinterAddress("file:" + folder.resolve("lp0")).transport());

        assertThat(usb.print(RECEIPT)).isInstanceOfSatisfying(PrintResult.NotPrinted.class,
                notPrinted -> assertThat(notPrinted.status()).isEqualTo(PrinterStatus.ABSENT));
    }

    @Test
    void aDeviceFileGetsTheReceiptWithoutStatusQueries(@TempDir Path folder) throws Exception {
        Path device = Files.createFile(folder.resolve("lp0"));
        ReceiptPrinter usb = new ReceiptPrinter(new PrinterAddress("file:" + device).transport());

        assertThat(usb.status()).isEqualTo(PrinterStatus.UNKNOWN);
        assertThat(usb.print(RECEIPT).printed()).isTrue();
        assertThat(EscPosParser.parse(Files.readAllBytes(device))).containsExactly(RECEIPT);
    }

    @Test
    void garbageSentToThePrinterIsReadAsATypedError() throws Exception {
        try (var connection = simulated.address().transport().open()) {
            connection.write(new byte[] {0x1B, '@', 0x1B, 'Q', 0x00});
        }
        for (int i = 0; i < 50 && simulated.unreadable().isEmpty(); i++) {
            Thread.sleep(20);
        }

        assertThat(simulated.unreadable()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("ESC 0x51"));
        assertThat(printer.print(RECEIPT).printed()).as("the printer goes on").isTrue();
    }
}
