package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.payload.ResidentClosed;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Headless (Monocle): closing 王秀英's account at the demo counter through its screens: why and where her balance
 * goes chosen, said once more on the confirm step, signed on the staff card and accepted by the demo server; then her
 * file is closed (its statement still there, nothing to change) and her card says so; she moves back, and her card is
 * enrolled again as a new account.
 */
class CounterCloseFlowTest extends DemoCounterWindowTest {

    @Test
    void anAccountIsClosedThroughTheScreensAndItsFileThenShowsItClosed(FxRobot robot) throws Exception {
        signIn(robot);
        awaitTheDemoCommunityAtTheCounter();
        String wangsCard = TestCommunity.cardOf(stations.counter(), TestCommunity.WANG).cardHash();
        tap(robot, "wang");
        awaitText(robot, "#file-name", "王秀英");
        click(robot, "#file-close-account");

        awaitText(robot, "#counter-title", "注销王秀英的账户");
        awaitShown(robot, "#close-balance");
        assertInTheOtherLanguage(robot, "#counter-title", "Close the account of 王秀英");
        CounterScreens.auditBothSizes(robot, "close-account");
        long head = counterHead();
        click(robot, "#close-next");
        awaitText(robot, "#counter-problem", "请先选择注销原因。");
        click(robot, "#close-why-moved-away");
        click(robot, "#close-to-" + TestCommunity.LI);
        click(robot, "#close-next");

        awaitText(robot, "#close-confirm", "要注销王秀英的账户吗？（搬走了）");
        assertInTheOtherLanguage(robot, "#close-confirm", "Close the account of 王秀英? (Moved away)");
        assertThat(text(robot, "#close-confirm-balance")).contains("李建国");
        CounterScreens.auditBothSizes(robot, "close-account-confirm");
        assertThat(counterHead()).as("nothing recorded before the confirmation").isEqualTo(head);
        click(robot, "#close-confirm-button");

        awaitText(robot, "#residents-status",
                "王秀英的账户已经注销。各台自助机同步以后也是这样（一分钟以内）；服务器会按规定处理余额和预约。");
        awaitShown(robot, "#file-closed");
        assertThat(robot.lookup("#file-close-account").tryQuery()).as("a closed file changes nothing").isEmpty();
        assertThat(robot.lookup("#file-replace-card").tryQuery()).isEmpty();
        awaitShown(robot, "#file-statement");
        CounterScreens.auditBothSizes(robot, "resident-file-closed");
        assertThat(counterHead()).isEqualTo(head + 1);
        Transaction closed = TransactionCodec.decode(FlowScreens.journalEnvelopes(stations.counter().journal())
                .getLast());
        assertThat(closed.body().payload()).isEqualTo(new ResidentClosed(TestCommunity.WANG,
                ResidentClosed.MOVED_AWAY, TestCommunity.LI.toString()));
        assertThat(TestCommunity.awaitVerdict(stations.counter(), closed.sequence())).isEqualTo("accepted");

        tap(robot, "wang");
        awaitText(robot, "#residents-status", "这是王秀英的卡，王秀英的账户已经注销了。结单还可以看，但不能再办理。");
        assertInTheOtherLanguage(robot, "#residents-status",
                "This is the card of 王秀英, whose account is closed. The statement can still be viewed; nothing can "
                        + "be changed.");

        // She moved back: her card is enrolled again, as a new account starting at 0.
        click(robot, "#file-enrol-again");
        click(robot, "#enrol-consent");
        click(robot, "#enrol-continue");
        awaitShown(robot, "#enrol-confirm-tap");
        tap(robot, "wang");
        awaitShown(robot, "#enrol-done");
        var envelopes = FlowScreens.journalEnvelopes(stations.counter().journal());
        // the enrolment, then the profile recorded with it
        Transaction enrolled = TransactionCodec.decode(envelopes.get(envelopes.size() - 2));
        assertThat(enrolled.body().payload()).isInstanceOfSatisfying(ResidentEnrolled.class, payload -> {
            assertThat(payload.residentId()).as("a new account").isNotEqualTo(TestCommunity.WANG);
            assertThat(payload.cardNumberHash()).as("her card").isEqualTo(wangsCard);
        });
        assertThat(TestCommunity.awaitVerdict(stations.counter(), enrolled.sequence())).isEqualTo("accepted");
        click(robot, "#enrol-open-file");
        awaitText(robot, "#file-name", "王秀英");
        tap(robot, "wang");
        awaitShown(robot, "#file-close-account");
        assertThat(robot.lookup("#file-closed").tryQuery()).as("her card opens the new, open account").isEmpty();
        awaitShown(robot, "#file-close-account");
    }
}
