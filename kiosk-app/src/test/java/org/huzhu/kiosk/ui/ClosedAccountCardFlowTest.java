package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Headless (Monocle): at the kiosk, the card of a resident whose account was closed signs nobody in and says so in
 * plain, kind words: ask at the counter. (AccountClosingTest has the closing arrive by the server's snapshot; here
 * the kiosk's residents table is marked as that snapshot marks it.)
 */
class ClosedAccountCardFlowTest extends DemoKioskWindowTest {

    @Test
    void aClosedAccountsCardSaysSoKindlyAndOkReturns(FxRobot robot) throws Exception {
        TestCommunity.awaitDemoSnapshotThenHoldSync(kiosk);
        kiosk.journal().database().inTransaction(connection -> {
            try (var update = connection.prepareStatement("UPDATE resident SET closed_at = ? WHERE id = ?")) {
                update.setString(1, Instant.parse("2026-11-23T01:00:00Z").toString());
                update.setString(2, TestCommunity.WANG.toString());
                return update.executeUpdate();
            }
        });

        robot.clickOn("#demo-wang");

        awaitText(robot, "#message-title", "这张卡的账户已经注销了");
        assertThat(text(robot, "#message-body"))
                .isEqualTo("这张卡现在不能在这里用了。有什么需要，请到服务台找工作人员，他们会帮您。");
        assertThat(robot.lookup("#home-greeting").tryQuery()).as("nobody is signed in").isEmpty();
        robot.clickOn("#message-ok");
        awaitShown(robot, "#welcome-primary");
    }
}
