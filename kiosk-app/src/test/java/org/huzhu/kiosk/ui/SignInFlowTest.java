package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.huzhu.kiosk.app.DemoDevices;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Headless (Monocle): tapping demo cards on the demo tray signs residents in, or explains why not. */
class SignInFlowTest extends DemoKioskWindowTest {

    @Test
    void registeredCardOpensHomeInTheResidentsLanguageAndSignOutReturns(FxRobot robot) throws Exception {
        robot.clickOn("#demo-wang");
        awaitText(robot, "#home-greeting", "您好，王秀英");

        robot.clickOn("#sign-out");
        awaitShown(robot, "#welcome-primary");

        awaitTrayReady(robot);
        robot.clickOn("#demo-li");
        awaitText(robot, "#home-greeting", "Hello, 李建国");
        robot.clickOn("#sign-out");
        awaitText(robot, "#welcome-primary", "请刷社保卡或看摄像头");
    }

    @Test
    void unregisteredCardExplainsWhatToDoAndOkReturns(FxRobot robot) throws Exception {
        robot.clickOn("#demo-unregistered");
        awaitText(robot, "#message-title", "这张卡还没有登记");
        assertThat(text(robot, "#message-body")).contains("服务台");

        robot.clickOn("#message-ok");
        awaitShown(robot, "#welcome-primary");
    }

    @Test
    void cardPulledAwayTooEarlyAsksToTapAgain(FxRobot robot) throws Exception {
        robot.clickOn("#demo-brief");
        awaitText(robot, "#message-title", "请再刷一次卡");
    }

    @Test
    void missingReaderShowsABannerThatGoesWhenItIsBack(FxRobot robot) throws Exception {
        DemoDevices devices = kiosk.context().demoDevices().orElseThrow();
        assertThat(robot.lookup("#reader-banner").query().isVisible()).isFalse();

        devices.backend().detachReader(DemoDevices.READER_NAME);
        awaitShown(robot, "#reader-banner");
        assertThat(text(robot, "#reader-banner")).contains("读卡器未连接");

        devices.backend().attachReader(DemoDevices.READER_NAME);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#reader-banner").query().isVisible());
    }

    @Test
    void aSecondCardDoesNotTakeOverASession(FxRobot robot) throws Exception {
        robot.clickOn("#demo-wang");
        awaitText(robot, "#home-greeting", "您好，王秀英");
        awaitTrayReady(robot);

        robot.clickOn("#demo-unregistered");
        Thread.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#home-greeting")).isEqualTo("您好，王秀英");
    }
}
