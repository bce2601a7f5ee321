package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.config.KioskConfig;
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

    /** The demo tray takes the next card once the last one has been taken away (1.5 s after its tap). */
    private static void awaitTrayReady(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#demo-li").query().isDisabled()).as("tray busy while a card is on the reader").isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#demo-li").query().isDisabled());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void awaitText(FxRobot robot, String query, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQueryAs(Labeled.class)
                .map(l -> expected.equals(l.getText()) && l.getScene() != null).orElse(false));
    }

    private static void awaitShown(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(node -> node.getScene() != null && isShown(node)).orElse(false));
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
