package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.kiosk.journal.JournalVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Headless: a resident books a haircut, sees the receipt, finds it under "my bookings" and cancels it. */
class BookingFlowTest extends DemoKioskWindowTest {

    @BeforeEach
    void seedCommunity() throws Exception {
        TestCommunity.awaitDemoSnapshot(kiosk);
    }

    @Test
    void bookAHaircutSeeTheReceiptThenCancelIt(FxRobot robot) throws Exception {
        robot.clickOn("#demo-wang");
        awaitText(robot, "#home-balance", "4 小时");

        saveScreen(robot, "home-zh");
        robot.clickOn("#choice-book");
        awaitShown(robot, "#service-haircut");
        saveScreen(robot, "book-services-zh");
        assertThat(text(robot, "#service-haircut")).isEqualTo("理发\n30 分钟 + 5.00 元");
        robot.clickOn("#service-haircut");
        awaitShown(robot, "#day-2026-11-24");
        saveScreen(robot, "book-days-zh");
        robot.clickOn("#day-2026-11-24");
        awaitShown(robot, "#slot-14-30");
        saveScreen(robot, "book-times-zh");
        robot.clickOn("#slot-14-30");
        awaitText(robot, "#confirm-balance-after", "4 小时 → 3 小时 30 分钟");
        assertThat(text(robot, "#confirm-when")).isEqualTo("11月24日 星期二 14:30");
        assertThat(text(robot, "#confirm-where")).isEqualTo("社区服务中心 2 号室");
        saveScreen(robot, "book-confirm-zh");

        robot.clickOn("#confirm-booking");
        awaitShown(robot, "#receipt-number");
        assertThat(text(robot, "#screen-title")).isEqualTo("预约成功");
        assertThat(text(robot, "#receipt-number")).isEqualTo("00006");
        saveScreen(robot, "receipt-zh");
        assertThat(text(robot, "#receipt-balance")).isEqualTo("3 小时 30 分钟");
        assertThat(journal()).containsExactly("booking.created", "hours.redeemed");

        robot.clickOn("#receipt-done");
        awaitText(robot, "#home-next-booking", "下一个预约：理发，11月24日 星期二 14:30");
        robot.clickOn("#choice-bookings");
        awaitShown(robot, "#cancel-00006");
        saveScreen(robot, "bookings-zh");
        robot.clickOn("#cancel-00006");
        awaitShown(robot, "#cancel-refund");
        saveScreen(robot, "bookings-cancel-zh");
        assertThat(text(robot, "#cancel-refund")).isEqualTo("30 分钟");
        robot.clickOn("#cancel-yes");
        awaitShown(robot, "#bookings-done");
        assertThat(text(robot, "#bookings-done")).isEqualTo("已取消：理发，11月24日 星期二 14:30。");
        saveScreen(robot, "bookings-cancelled-zh");
        assertThat(journal()).containsExactly("booking.created", "hours.redeemed", "booking.cancelled");

        robot.clickOn("#nav-home");
        awaitText(robot, "#home-balance", "4 小时");
        assertThat(JournalVerifier.verify(kiosk.journal().database().file()))
                .isInstanceOf(JournalVerifier.Intact.class);
    }

    @Test
    void backStepsOneScreenAndHomeGoesAllTheWay(FxRobot robot) throws Exception {
        robot.clickOn("#demo-wang");
        awaitShown(robot, "#choice-book");
        robot.clickOn("#choice-book");
        awaitShown(robot, "#service-health-check");
        robot.clickOn("#service-health-check");
        awaitShown(robot, "#day-2026-11-25");

        robot.clickOn("#nav-back");
        awaitShown(robot, "#service-haircut");
        robot.clickOn("#service-haircut");
        awaitShown(robot, "#day-2026-11-25");
        robot.clickOn("#nav-home");
        awaitShown(robot, "#home-balance");
        assertThat(journal()).isEmpty();
    }

    private List<String> journal() throws Exception {
        return kiosk.journal().database().inTransaction(connection -> {
            List<String> types = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery(
                    "SELECT type FROM journal WHERE sequence > " + TestCommunity.DEMO_SEED_TRANSACTIONS
                            + " ORDER BY sequence")) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
            return types;
        });
    }
}
