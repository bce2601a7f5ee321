package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TextInputControl;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.community.Notice;
import org.huzhu.kiosk.sync.Await;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.payload.NoticePosted;
import org.huzhu.protocol.payload.NoticeWithdrawn;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless (Monocle), issue 12 part 7: the counter's notices. The demo server's notice is listed; a form with a text
 * missing or its days the wrong way round signs nothing; a notice posted in both languages is signed on the staff
 * card, listed at once, accepted by the server and, once the demo kiosk has synced, what its home screen shows today;
 * withdrawn, it leaves the kiosk's home again. Both languages, audited at the counter's sizes.
 */
class CounterNoticesFlowTest extends DemoCounterWindowTest {

    private static final String DEMO_NOTICE = "本周六上午社区服务中心有免费理发，欢迎预约。";
    private static final String ZH = "12月1日上午社区服务中心停水，请提前储水。";
    private static final String EN = "No water at the community centre on the morning of 1 December.";

    @Test
    void aNoticePostedAtTheCounterReachesTheKiosksHomeAndIsWithdrawnAgain(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        signIn(robot);
        click(robot, "#nav-notices");
        awaitText(robot, "#notice-0", DEMO_NOTICE);
        assertThat(text(robot, "#notice-days-0")).isEqualTo("11月23日至11月29日，在服务机首页显示");
        assertThat(field(robot, "#notice-from")).isEqualTo("2026-11-23");
        assertThat(field(robot, "#notice-until")).isEqualTo("2026-11-29");
        assertInTheOtherLanguage(robot, "#notice-0", "Free haircuts at the community centre this Saturday morning."
                + " Book at the kiosk.");
        CounterScreens.auditBothSizes(robot, "notices");

        click(robot, "#notice-post");
        awaitText(robot, "#counter-problem", "请用中文和英文各写通知，每种最多 200 个字。");
        fill(robot, "#notice-text-zh", ZH);
        fill(robot, "#notice-text-en", EN);
        fill(robot, "#notice-from", "2026-12-01");
        fill(robot, "#notice-until", "2026-11-30");
        click(robot, "#notice-post");
        awaitText(robot, "#counter-problem", "最后一天不能早于第一天，也不能早于今天。没有记录任何内容。");
        assertInTheOtherLanguage(robot, "#counter-problem",
                "The last day cannot be before the first day, or before today. Nothing was recorded.");
        fill(robot, "#notice-until", "31 Dec");
        click(robot, "#notice-post");
        awaitText(robot, "#counter-problem", "请按 年-月-日 填写日期，例如 2026-12-01。");
        CounterScreens.auditBothSizes(robot, "notices-problem");
        assertThat(counterHead()).as("nothing signed for a form that is not right").isZero();

        fill(robot, "#notice-until", "2026-12-01");
        click(robot, "#notice-post");

        awaitText(robot, "#notices-done", "通知已发布。各服务机同步后（一分钟内）会在首页显示。");
        int posted = listed(robot, ZH);
        assertThat(text(robot, "#notice-days-" + posted)).isEqualTo("12月1日至12月1日，在服务机首页显示");
        assertThat(field(robot, "#notice-text-zh")).as("the form is empty again").isEmpty();
        assertInTheOtherLanguage(robot, "#notice-" + posted, EN);
        CounterScreens.auditBothSizes(robot, "notices-posted");
        Transaction postedNotice = TransactionCodec.decode(FlowScreens.journalEnvelopes(stations.counter().journal())
                .getLast());
        assertThat(postedNotice.body().payload()).isInstanceOfSatisfying(NoticePosted.class, notice -> {
            assertThat(notice.textZh()).isEqualTo(ZH);
            assertThat(notice.textEn()).isEqualTo(EN);
            assertThat(notice.fromDate()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(notice.untilDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
        assertThat(postedNotice.body().authorisations()).singleElement().satisfies(authorisation ->
                assertThat(authorisation.key()).isEqualTo(DemoCards.staffKeyFingerprint()));
        assertThat(TestCommunity.awaitVerdict(stations.counter(), postedNotice.sequence())).isEqualTo("accepted");
        awaitKioskNotices(notices -> notices.stream().anyMatch(notice -> notice.textZh().equals(ZH) && notice.active()),
                "posted");
        assertThat(stations.kiosk().context().community().notices().today()).as("the kiosk's home today: from"
                + " 1 December, so not yet").extracting(Notice::textZh).containsExactly(DEMO_NOTICE);

        click(robot, "#notice-withdraw-" + posted);

        awaitText(robot, "#notices-done", "通知已撤下。各服务机同步后不再显示。");
        int withdrawnAt = listed(robot, ZH);
        assertThat(text(robot, "#notice-days-" + withdrawnAt)).isEqualTo("12月1日至12月1日，已撤下");
        assertThat(robot.lookup("#notice-withdraw-" + withdrawnAt).tryQuery()).isEmpty();
        assertThat(robot.lookup("#notice-withdraw-" + (1 - withdrawnAt)).tryQuery()).as("the demo's stays").isPresent();
        assertInTheOtherLanguage(robot, "#notice-days-" + withdrawnAt, "1 Dec to 1 Dec, withdrawn");
        CounterScreens.auditBothSizes(robot, "notices-withdrawn");
        Transaction withdrawn = TransactionCodec.decode(FlowScreens.journalEnvelopes(stations.counter().journal())
                .getLast());
        assertThat(withdrawn.body().payload()).isEqualTo(new NoticeWithdrawn(
                ((NoticePosted) postedNotice.body().payload()).noticeId()));
        assertThat(TestCommunity.awaitVerdict(stations.counter(), withdrawn.sequence())).isEqualTo("accepted");
        awaitKioskNotices(notices -> notices.stream().anyMatch(notice -> notice.textZh().equals(ZH) && !notice.active()),
                "withdrawn");
    }

    @Test
    void todaysNoticeIsOnTheKiosksHomeOnceSyncedAndTheFormKeepsWhatWasTypedAcrossLanguages(FxRobot robot)
            throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        signIn(robot);
        switchLanguage(robot);
        click(robot, "#nav-notices");
        awaitText(robot, "#counter-title", "The centre's notices");
        fill(robot, "#notice-text-zh", ZH);
        fill(robot, "#notice-text-en", EN);
        switchLanguage(robot);
        assertThat(field(robot, "#notice-text-en")).isEqualTo(EN);
        switchLanguage(robot);

        click(robot, "#notice-post");

        awaitText(robot, "#notices-done", "The notice is posted. The kiosks show it on their home screen once they"
                + " have synced (within a minute).");
        awaitKioskNotices(notices -> notices.stream().anyMatch(notice -> notice.textEn().equals(EN)), "synced");
        assertThat(stations.kiosk().context().community().notices().today()).as("posted at the same fixed time as"
                + " the demo's: either may come first").extracting(Notice::textEn)
                .containsExactlyInAnyOrder(EN, "Free haircuts at the community centre this Saturday morning. Book at the kiosk.");
    }

    /** Where the list shows the notice saying {@code words} (both notices are posted at the test's one instant). */
    private static int listed(FxRobot robot, String words) {
        for (int i = 0; i < 2; i++) {
            if (robot.lookup("#notice-" + i).tryQuery().isPresent() && words.equals(text(robot, "#notice-" + i))) {
                return i;
            }
        }
        throw new AssertionError("no notice says " + words);
    }

    private static String field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    /** Types into a form field as staff would (set at once: the headless robot has no Chinese keyboard). */
    private static void fill(FxRobot robot, String query, String words) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).queryAs(TextInputControl.class).setText(words)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the demo kiosk's notices not yet over (its snapshot) are as {@code synced} says. */
    private void awaitKioskNotices(java.util.function.Predicate<List<Notice>> synced, String what) throws Exception {
        Await.until("the kiosk's notices, " + what, () -> {
            stations.kiosk().context().sync().orElseThrow().nudge();
            return synced.test(stations.kiosk().context().community().notices().current());
        });
    }
}
