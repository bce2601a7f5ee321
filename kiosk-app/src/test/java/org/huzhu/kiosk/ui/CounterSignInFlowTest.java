package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.staff.StaffCard;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Headless (Monocle): staff sign in at the demo counter with the staff card in its own reader and its PIN, see who
 * they are signed in as, and are signed out when the card leaves its reader or by the button; with one reader the
 * counter says a second is needed.
 */
class CounterSignInFlowTest extends DemoCounterWindowTest {

    @Test
    void theStaffCardAndItsPinSignInAndTakingTheCardOutSignsOut(FxRobot robot) throws Exception {
        awaitText(robot, "#counter-title", "请用工作人员卡登录");
        CounterScreens.auditBothSizes(robot, "welcome");
        click(robot, "#demo-staff");
        awaitShown(robot, "#pin-pad");
        assertThat(text(robot, "#pin-holder")).isEqualTo("张丽的工作人员卡");
        CounterScreens.auditBothSizes(robot, "pin");

        signInWithPin(robot);

        String key = StaffCard.shortFingerprint(DemoCards.staffKeyFingerprint());
        assertThat(text(robot, "#counter-staff")).isEqualTo("张丽 · 卡 " + key);
        assertThat(text(robot, "#counter-title")).isEqualTo("居民");
        switchLanguage(robot);
        assertThat(text(robot, "#counter-staff")).isEqualTo("张丽 · card " + key);
        assertThat(text(robot, "#counter-title")).isEqualTo("Residents");
        switchLanguage(robot);
        CounterScreens.auditBothSizes(robot, "residents");

        click(robot, "#demo-take-away");

        awaitText(robot, "#welcome-notice", "您已退出登录：工作人员卡被拿走了。没有完成的操作都没有记录。");
        assertThat(robot.lookup("#counter-staff").tryQuery().map(DemoCounterWindowTest::isShown)).contains(false);
        assertThat(robot.lookup("#welcome-sign-in-again").tryQuery()).as("no card, no second sign-in").isEmpty();
    }

    @Test
    void signingOutByTheButtonLeavesTheCardInAndItsHolderSignsInAgainWithThePin(FxRobot robot) throws Exception {
        signIn(robot);

        click(robot, "#counter-sign-out");

        awaitText(robot, "#welcome-notice", "您已退出登录。");
        assertThat(text(robot, "#welcome-card-still-in")).isEqualTo("您的工作人员卡还在读卡器里。");
        assertInTheOtherLanguage(robot, "#welcome-notice", "You are signed out.");
        CounterScreens.auditBothSizes(robot, "signed-out");
        click(robot, "#welcome-sign-in-again");
        awaitShown(robot, "#pin-pad");
        signInWithPin(robot);
        assertThat(text(robot, "#counter-title")).isEqualTo("居民");
    }

    @Test
    void aResidentsCardBeforeSignInAsksForTheStaffCardFirst(FxRobot robot) throws Exception {
        awaitShown(robot, "#counter-title");

        tap(robot, "wang");

        awaitText(robot, "#welcome-notice", "请先用工作人员卡登录，再请居民刷卡。");
    }

    @Test
    void withOneReaderTheCounterSaysItNeedsASecond(FxRobot robot) throws Exception {
        awaitShown(robot, "#counter-title");
        assertThat(robot.lookup("#reader-banner").query().isVisible()).as("two readers: no banner").isFalse();

        stations.counter().context().demoDevices().orElseThrow().backend()
                .detachReader(DemoDevices.COUNTER_RESIDENT_READER);

        awaitText(robot, "#reader-banner", "只连接了一个读卡器。柜台需要两个：一个一直放着工作人员卡，居民在另一个上刷卡。");
        switchLanguage(robot);
        assertThat(text(robot, "#reader-banner")).startsWith("Only one card reader is connected.");
        switchLanguage(robot);
        CounterScreens.auditBothSizes(robot, "one-reader");
        stations.counter().context().demoDevices().orElseThrow().backend()
                .attachReader(DemoDevices.COUNTER_RESIDENT_READER);
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#reader-banner").query().isVisible());
    }

    private static void signInWithPin(FxRobot robot) throws Exception {
        for (char digit : DemoCards.STAFF_PIN.toCharArray()) {
            robot.clickOn("#pin-digit-" + digit);
        }
        robot.clickOn("#pin-ok");
        awaitShown(robot, "#residents-tap");
    }
}
