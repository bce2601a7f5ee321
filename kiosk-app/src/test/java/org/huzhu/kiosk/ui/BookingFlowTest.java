package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.huzhu.kiosk.journal.JournalVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Headless: a resident books a haircut, sees the receipt, finds it under "my bookings" and cancels it. */
class BookingFlowTest extends DemoKioskWindowTest {

    /** The receipt number of the first booking after the demo kiosk's seed (its journal sequence). */
    private static final String FIRST_BOOKING = "%05d".formatted(TestCommunity.DEMO_SEED_TRANSACTIONS + 1);

    @BeforeEach
    void seedCommunity() throws Exception {
        TestCommunity.awaitDemoSnapshot(kiosk);
    }

    @Test
    void bookAHaircutSeeTheReceiptThenCancelIt(FxRobot robot) throws Exception {
        robot.clickOn("#demo-wang");
        awaitText(robot, "#home-balance", "4 小时");

        FlowScreens.captureBothLanguages(robot, "home", true);
        robot.clickOn("#choice-book");
        awaitShown(robot, "#service-haircut");
        FlowScreens.captureBothLanguages(robot, "book-services", true);
        assertThat(text(robot, "#service-haircut")).isEqualTo("理发\n30 分钟 + 5.00 元");
        robot.clickOn("#service-haircut");
        awaitShown(robot, "#day-2026-11-24");
        FlowScreens.captureBothLanguages(robot, "book-days", true);
        robot.clickOn("#day-2026-11-24");
        awaitShown(robot, "#slot-14-30");
        FlowScreens.captureBothLanguages(robot, "book-times", true);
        robot.clickOn("#slot-14-30");
        awaitText(robot, "#confirm-balance-after", "4 小时 → 3 小时 30 分钟");
        assertThat(text(robot, "#confirm-when")).isEqualTo("11月24日 星期二 14:30");
        assertThat(text(robot, "#confirm-where")).isEqualTo("社区服务中心 2 号室");
        FlowScreens.captureBothLanguages(robot, "book-confirm", true);

        robot.clickOn("#confirm-booking");
        awaitShown(robot, "#receipt-number");
        assertThat(text(robot, "#screen-title")).isEqualTo("预约成功");
        assertThat(text(robot, "#receipt-number")).isEqualTo(FIRST_BOOKING);
        FlowScreens.captureBothLanguages(robot, "receipt", true);
        assertThat(text(robot, "#receipt-balance")).isEqualTo("3 小时 30 分钟");
        assertThat(FlowScreens.journalTypes(kiosk.journal())).containsExactly("booking.created", "hours.redeemed");

        robot.clickOn("#receipt-done");
        awaitText(robot, "#home-next-booking", "下一个预约：理发，11月24日 星期二 14:30");
        robot.clickOn("#choice-bookings");
        awaitShown(robot, "#cancel-" + FIRST_BOOKING);
        FlowScreens.captureBothLanguages(robot, "bookings", true);
        robot.clickOn("#cancel-" + FIRST_BOOKING);
        awaitShown(robot, "#cancel-refund");
        FlowScreens.captureBothLanguages(robot, "bookings-cancel", true);
        assertThat(text(robot, "#cancel-refund")).isEqualTo("30 分钟");
        robot.clickOn("#cancel-yes");
        awaitShown(robot, "#bookings-done");
        assertThat(text(robot, "#bookings-done")).isEqualTo("已取消：理发，11月24日 星期二 14:30。");
        FlowScreens.captureBothLanguages(robot, "bookings-cancelled", true);
        assertThat(FlowScreens.journalTypes(kiosk.journal())).containsExactly("booking.created", "hours.redeemed", "booking.cancelled");

        robot.clickOn("#nav-home");
        awaitText(robot, "#home-balance", "4 小时");
        assertThat(JournalVerifier.verify(kiosk.journal().database().file()))
                .isInstanceOf(JournalVerifier.Intact.class);
    }

    @Test
    void moreServicesTurnsThePageBackStepsOneScreenAndHomeGoesAllTheWay(FxRobot robot) throws Exception {
        robot.clickOn("#demo-wang");
        awaitShown(robot, "#choice-book");
        robot.clickOn("#choice-book");
        awaitShown(robot, "#service-haircut");
        assertThat(robot.lookup("#service-health-check").tryQuery()).as("three services a page").isEmpty();
        robot.clickOn("#book-more");
        awaitShown(robot, "#service-health-check");
        robot.clickOn("#service-health-check");
        awaitShown(robot, "#day-2026-11-25");
        robot.clickOn("#day-more");
        awaitShown(robot, "#day-2026-11-27");

        robot.clickOn("#nav-back");
        awaitShown(robot, "#service-health-check");
        robot.clickOn("#service-health-check");
        awaitShown(robot, "#day-2026-11-25");
        robot.clickOn("#nav-home");
        awaitShown(robot, "#home-balance");
        assertThat(FlowScreens.journalTypes(kiosk.journal())).isEmpty();
    }
}
