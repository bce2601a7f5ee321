package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.huzhu.devices.printer.Receipt;
import org.huzhu.devices.printer.TextSize;
import org.huzhu.devices.printer.sim.SimulatedPrinter;
import org.huzhu.kiosk.community.Booking;
import org.huzhu.kiosk.ui.receipt.PrintedReceipts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Headless: the demo kiosk prints to its simulated printer, which reads the ESC/POS bytes back into a receipt; a
 * booking's and a transfer's receipts say what, when, where and the balance after, in large print, and the booking's
 * carries its id as a QR code. Out of paper, the screen says so plainly and the booking stands.
 */
class ReceiptPrintFlowTest extends DemoKioskWindowTest {

    private SimulatedPrinter printer;

    @BeforeEach
    void seedCommunity() throws Exception {
        TestCommunity.awaitDemoSnapshot(kiosk);
        printer = kiosk.context().demoDevices().orElseThrow().startedPrinter().orElseThrow();
    }

    private static void bookTheHaircut(FxRobot robot) throws Exception {
        robot.clickOn("#demo-wang");
        awaitText(robot, "#home-balance", "4 小时");
        robot.clickOn("#choice-book");
        awaitShown(robot, "#service-haircut");
        robot.clickOn("#service-haircut");
        awaitShown(robot, "#day-2026-11-24");
        robot.clickOn("#day-2026-11-24");
        awaitShown(robot, "#slot-14-30");
        robot.clickOn("#slot-14-30");
        awaitText(robot, "#confirm-balance-after", "4 小时 → 3 小时 30 分钟");
        robot.clickOn("#confirm-booking");
        awaitShown(robot, "#receipt-number");
    }

    @Test
    void aBookingPrintsALargePrintReceiptWithItsQrCode(FxRobot robot) throws Exception {
        bookTheHaircut(robot);

        Receipt paper = printer.awaitReceipt(Duration.ofSeconds(10));
        assertThat(paper).as("the simulated printer read a receipt").isNotNull();
        awaitText(robot, "#receipt-print", "小票已经打印好了，请取走。");
        Booking booking = kiosk.context().community().bookings().upcoming(TestCommunity.WANG).getFirst();
        assertThat(paper.lines()).extracting(Receipt.Text::text).containsSubsequence(
                "预约成功", "预约号", booking.number(), "理发", "11月24日 星期二", "14:30", "社区服务中心 2 号室",
                "30 分钟 + 5.00 元", "3 小时 30 分钟");
        assertThat(paper.lines()).filteredOn(line -> line.text().equals("理发")).singleElement()
                .extracting(Receipt.Text::size).isEqualTo(TextSize.LARGE);
        assertThat(paper.parts()).contains(new Receipt.Qr(PrintedReceipts.BOOKING_QR_PREFIX + booking.id()));
        assertThat(paper.parts().getLast()).isEqualTo(new Receipt.Cut());
        assertThat(paper.lines()).extracting(Receipt.Text::text).as("nothing that names her")
                .noneMatch(line -> line.contains("王秀英"));

        awaitShown(robot, "#demo-paper-qr");
        assertThat(robot.lookup("#demo-paper-qr").query().getUserData())
                .isEqualTo(PrintedReceipts.BOOKING_QR_PREFIX + booking.id());
        FlowScreens.captureBothLanguages(robot, "receipt-printed", true);
        // 1280 x 1024: the common 17/19-inch kiosk touch screen (at 800 px the receipt screen's large text leaves no room).
        FlowScreens.auditAt(robot, 1280, 1024, "receipt-printed");
        // The end of the paper (after the audit: scrolled-away text has no background of its own): the QR code, and the cut.
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup("#demo-paper-roll")
                .queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1)).get();
        FlowScreens.captureBothLanguages(robot, "receipt-printed-end", true);

        robot.clickOn("#demo-paper-take");
        awaitHidden(robot, "#demo-paper");
        assertThat(printer.unreadable()).isEmpty();
    }

    @Test
    void outOfPaperTheScreenSaysSoAndTheBookingStands(FxRobot robot) throws Exception {
        printer.setOutOfPaper(true);

        bookTheHaircut(robot);

        awaitText(robot, "#receipt-print",
                "打印机没有纸了，小票没能打印。您的预约已经成功。");
        assertThat(isShown(robot.lookup("#screen-problem").query())).as("no error on the screen").isFalse();
        assertThat(FlowScreens.journalTypes(kiosk.journal())).containsExactly("booking.created", "hours.redeemed");
        assertThat(printer.history()).isEmpty();
        FlowScreens.captureBothLanguages(robot, "receipt-out-of-paper", true);
        FlowScreens.auditAt(robot, 1280, 1024, "receipt-out-of-paper");
    }

    @Test
    void aPrinterThatIsGoneIsSaidPlainlyToo(FxRobot robot) throws Exception {
        printer.close();

        bookTheHaircut(robot);

        awaitText(robot, "#receipt-print",
                "打印机现在用不了，小票没能打印。您的预约已经成功。");
        assertThat(FlowScreens.journalTypes(kiosk.journal())).containsExactly("booking.created", "hours.redeemed");
    }

    @Test
    void aTransferPrintsWhatWasGivenWhenWhereAndTheBalance(FxRobot robot) throws Exception {
        robot.clickOn("#demo-wang");
        awaitText(robot, "#home-balance", "4 小时");
        robot.clickOn("#choice-timebank");
        awaitText(robot, "#timebank-balance", "4 小时");
        robot.clickOn("#timebank-give");
        awaitShown(robot, "#family-" + TestCommunity.LI);
        robot.clickOn("#family-" + TestCommunity.LI);
        awaitShown(robot, "#amount-30");
        robot.clickOn("#amount-30");
        awaitShown(robot, "#confirm-transfer");
        robot.clickOn("#confirm-transfer");
        awaitText(robot, "#transfer-done-what", "您给了李建国 30 分钟。");

        Receipt paper = printer.awaitReceipt(Duration.ofSeconds(10));
        assertThat(paper).isNotNull();
        awaitText(robot, "#receipt-print", "小票已经打印好了，请取走。");
        assertThat(paper.lines()).extracting(Receipt.Text::text).containsSubsequence(
                "已经给好了", "您给了李建国 30", "分钟。", "时间", "地点", kiosk.context().config().centreName(),
                "现在的余额", "3 小时 30 分钟");
        FlowScreens.captureBothLanguages(robot, "transfer-printed", true);
    }

    private static void awaitHidden(FxRobot robot, String query) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(query).tryQuery().map(node -> !isShown(node)).orElse(true));
    }
}
