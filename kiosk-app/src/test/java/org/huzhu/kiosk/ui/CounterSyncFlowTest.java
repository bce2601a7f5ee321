package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Headless (Monocle): the counter's sync screen beside the demo kiosk and its embedded server: this counter's sync
 * state, what the server rejected from any kiosk of the centre in plain words with what to do (a kiosk that spent
 * more of 李建国's time than he has), "start this counter over" asked first and then answered with its count, and a
 * server that does not answer.
 */
class CounterSyncFlowTest extends DemoCounterWindowTest {

    @Test
    void aRedemptionTheServerRejectedShowsWhatItWasWhyAndWhatToDoInBothLanguages(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        long rejected = aKioskSpendsMoreOfLisTimeThanHeHas();
        assertThat(TestCommunity.awaitVerdict(stations.kiosk(), rejected)).isEqualTo("rejected insufficient-balance");
        signIn(robot);

        click(robot, "#nav-sync");

        awaitShown(robot, "#rejection-0-what");
        String kiosk = stations.kiosk().journal().journal().identity().kioskId();
        assertThat(text(robot, "#rejection-0-what")).isEqualTo("用时间换服务：李建国，11月23日 星期一 09:30，在 " + kiosk);
        assertThat(text(robot, "#rejection-0-why")).isEqualTo("原因：居民剩下的时间不够：余额会低于中心允许的下限。");
        assertThat(text(robot, "#rejection-0-todo")).isEqualTo("怎么办：告诉居民这次没有扣时间；和他商量怎么结算这次服务（改天，或付钱）。");
        assertThat(text(robot, "#sync-rejections")).endsWith("第 1 到 1 笔，共 1 笔");
        assertThat(text(robot, "#sync-pending")).isEqualTo("没有");
        assertThat(text(robot, "#sync-now")).isEqualTo("同步正常");
        CounterScreens.auditBothSizes(robot, "sync-rejection");
        switchLanguage(robot);
        assertThat(text(robot, "#rejection-0-what")).isEqualTo("Time spent on a service for 李建国, Monday 23 November, "
                + "09:30, at station " + kiosk);
        assertThat(text(robot, "#rejection-0-why")).isEqualTo("Why: the resident did not have enough time left: it "
                + "would have gone below what the centre allows.");
        assertThat(text(robot, "#rejection-0-todo")).startsWith("What to do: tell the resident the time was not taken");
        assertThat(text(robot, "#sync-now")).isEqualTo("Syncing normally");
    }

    @Test
    void startingOverAsksFirstThenSaysHowManyTransactionsWillBeSentAgain(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        signIn(robot);
        enrolThroughTheScreens(robot, "zhang");
        assertThat(TestCommunity.awaitVerdict(stations.counter(), 1)).isEqualTo("accepted");
        click(robot, "#nav-sync");
        awaitShown(robot, "#sync-no-rejections");
        CounterScreens.auditBothSizes(robot, "sync");

        click(robot, "#sync-start-over");

        awaitShown(robot, "#sync-start-over-question");
        assertThat(text(robot, "#counter-title")).isEqualTo("让本柜台重新开始");
        CounterScreens.auditBothSizes(robot, "sync-start-over-confirm");
        click(robot, "#sync-start-over-cancel");
        awaitShown(robot, "#sync-this-station");
        click(robot, "#sync-start-over");
        click(robot, "#sync-start-over-confirm");

        // The healthy demo server has every transaction of this counter (its enrolment): nothing needs resending.
        awaitText(robot, "#sync-start-over-done", "已重新开始：没有交易需要重新发送。");
        assertInTheOtherLanguage(robot, "#sync-start-over-done", "Started over: nothing needs to be sent again.");
        CounterScreens.auditBothSizes(robot, "sync-start-over-done");
        assertThat(TestCommunity.awaitVerdict(stations.counter(), 1)).as("still the server's verdict")
                .isEqualTo("accepted");
        click(robot, "#sync-back");
        awaitShown(robot, "#sync-no-rejections");
        // After a restored server the count is what was lost: the sentence for more than none.
        assertThat(Messages.of(Language.ZH_CN).format("counter.sync.startOver.done", 3))
                .isEqualTo("已重新开始：3 笔交易将会重新发送。");
        assertThat(Messages.of(Language.EN).format("counter.sync.startOver.done", 1))
                .isEqualTo("Started over: 1 transaction will be sent again.");
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidAndTheCountersSyncShowsItFailing(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        signIn(robot);
        stations.kiosk().close(); // the demo kiosk's process serves the embedded server: it is gone now

        click(robot, "#nav-sync");
        stations.counter().context().sync().orElseThrow().nudge();

        awaitText(robot, "#counter-problem", "现在连不上服务器，所以没有答复。请检查网络，稍后再试。");
        awaitText(robot, "#sync-now", "失败：连不上服务器。所有记录都保存在本机，稍后会发送。");
        assertInTheOtherLanguage(robot, "#sync-now",
                "Failing: the server cannot be reached. Everything is kept here and sent later.");
        CounterScreens.auditBothSizes(robot, "sync-unreachable");
        click(robot, "#sync-start-over");
        click(robot, "#sync-start-over-confirm");
        awaitText(robot, "#counter-problem", "现在连不上服务器，所以没有答复。请检查网络，稍后再试。");
        assertThat(robot.lookup("#sync-start-over-confirm").tryQuery()).as("it can be tried again").isPresent();
    }

    /**
     * The demo kiosk records a redemption of 100 minutes for 李建国 (who has 90) as if it had not seen his balance
     * (an older kiosk, or two kiosks spending the same minutes while offline): the server's hard limit refuses it.
     */
    private long aKioskSpendsMoreOfLisTimeThanHeHas() throws Exception {
        Journal journal = stations.kiosk().journal().journal();
        List<Transaction> recorded = journal.record(List.of(new Journal.Step(
                new HoursRedeemed(TestCommunity.LI, 100, UUID.randomUUID()), BusinessChange.NONE)),
                TestCommunity.cardOf(stations.kiosk(), TestCommunity.LI));
        return recorded.getFirst().sequence();
    }
}
