package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.ui.audit.KioskUnderTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Headless (Monocle): a staff member who leaves the counter signed in is asked "Do you need more time?" after the
 * configured idle time, and signed out when nobody answers; their card stays in its reader, so they sign in again
 * with the PIN.
 */
class CounterIdleFlowTest extends DemoCounterWindowTest {

    @Override
    KioskConfig counterConfig() {
        return KioskUnderTest.idleTimes(Duration.ofSeconds(3), Duration.ofSeconds(300));
    }

    @Test
    void theIdleQuestionSignsOutAndTheCardInTheReaderSignsInAgain(FxRobot robot) throws Exception {
        signIn(robot);

        awaitShown(robot, "#idle-prompt");
        assertThat(text(robot, "#idle-title")).isEqualTo("您还需要更多时间吗？");
        CounterScreens.auditBothSizes(robot, "idle-question");
        click(robot, "#idle-sign-out");

        awaitText(robot, "#welcome-notice", "您已退出登录：太久没有操作。");
        assertThat(robot.lookup("#counter-staff").query().isVisible()).isFalse();
        click(robot, "#welcome-sign-in-again");
        awaitShown(robot, "#pin-pad");
    }
}
