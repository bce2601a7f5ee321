package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.ui.audit.RecordingSpeaker;
import org.huzhu.server.aid.DemoAid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless, issue 13 part 6: the demo server gives 王秀英 a charity's aid order of 3,000 yuan with 2,400 paid to the
 * hospital; her time-bank screen offers "My aid", which says so in plain words in both languages and reads it aloud;
 * once the order has ended it says what was not used went back to the charity. 李建国 has no aid and is offered none.
 */
class AidFlowTest extends DemoKioskWindowTest {

    private static final List<String> OPEN_ZH = List.of("上海慈善基金会 资助您 3,000.00 元（到 2027年3月12日）。",
            "已付给 瑞金医院 2,400.00 元（11月23日）。", "还剩 600.00 元可以用。");
    private static final List<String> OPEN_EN = List.of(
            "Your aid from 上海慈善基金会: ¥3,000.00 (until 12 March 2027).",
            "¥2,400.00 paid to 瑞金医院 on 23 November.", "¥600.00 is left to use.");

    private final RecordingSpeaker speaker = new RecordingSpeaker();

    /** The base class's kiosk (same name: JUnit runs only this one), with a speaker to hear what is read aloud. */
    @Override
    @BeforeEach
    void openKiosk() throws Exception {
        kiosk = TestKiosks.demo(data, KioskConfig.DEFAULTS);
        FxToolkit.setupStage(stage -> KioskWindow.open(stage, kiosk.context(), Optional.of(speaker)));
        TestCommunity.awaitDemoSnapshotThenHoldSync(kiosk);
        // The demo server has no institutions registered (their registry is another part of issue 13), so its
        // snapshot names the charity and the hospital by their ids; these are the names it sends once they are.
        assertThat(rows("SELECT charity_name || '|' || hospital_name FROM aid_order"))
                .containsExactly(DemoAid.CHARITY + "|" + DemoAid.HOSPITAL);
        sql("UPDATE aid_order SET charity_name = '上海慈善基金会', hospital_name = '瑞金医院'");
    }

    @Test
    void wangSeesHerAidPartlyPaidInPlainWordsInBothLanguagesAndHearsIt(FxRobot robot) throws Exception {
        robot.clickOn("#demo-wang");
        awaitShown(robot, "#choice-timebank");
        robot.clickOn("#choice-timebank");
        awaitText(robot, "#timebank-aid", "我的资助");
        awaitShown(robot, "#timebank-aid");
        FlowScreens.captureBothLanguages(robot, "timebank-with-aid", true);

        robot.clickOn("#timebank-aid");
        awaitText(robot, "#aid-0-0", OPEN_ZH.get(0));
        assertThat(text(robot, "#screen-title")).isEqualTo("我的资助");
        assertThat(sentences(robot)).containsExactlyElementsOf(OPEN_ZH);
        assertThat(robot.lookup("#aid-1").tryQuery()).as("one order").isEmpty();
        assertThat(isShown(robot.lookup("#aid-more").query())).as("no more to page through").isFalse();
        robot.clickOn("#read-aloud");
        assertThat(speaker.last().language()).isEqualTo(Language.ZH_CN);
        assertThat(speaker.last().text()).contains(String.join("\n", OPEN_ZH));
        FlowScreens.captureBothLanguages(robot, "my-aid", true);

        robot.clickOn("#language-toggle");
        awaitText(robot, "#aid-0-0", OPEN_EN.get(0));
        assertThat(sentences(robot)).containsExactlyElementsOf(OPEN_EN);
        assertThat(text(robot, "#screen-title")).isEqualTo("My aid");
        robot.clickOn("#read-aloud");
        assertThat(speaker.last().language()).isEqualTo(Language.EN);
        assertThat(speaker.last().text()).contains(String.join("\n", OPEN_EN));
        robot.clickOn("#language-toggle");
        awaitText(robot, "#aid-0-0", OPEN_ZH.get(0));

        FlowScreens.auditAt(robot, 1366, 690, "my-aid");
        FlowScreens.auditAt(robot, 1280, 800, "my-aid");
        assertThat(FlowScreens.journalTypes(kiosk.journal())).as("looking records nothing").isEmpty();
    }

    @Test
    void anEndedOrderSaysWhatWasNotUsedWentBackToTheCharity(FxRobot robot) throws Exception {
        // what the snapshot writes once the server expires the order (AidSnapshotTest on the server)
        sql("UPDATE aid_order SET status = 'expired'");
        robot.clickOn("#demo-wang");
        awaitShown(robot, "#choice-timebank");
        robot.clickOn("#choice-timebank");
        awaitShown(robot, "#timebank-aid");
        robot.clickOn("#timebank-aid");

        awaitText(robot, "#aid-0-0", "上海慈善基金会 资助您 3,000.00 元（2027年3月12日 已到期）。");
        assertThat(sentences(robot)).containsExactly("上海慈善基金会 资助您 3,000.00 元（2027年3月12日 已到期）。",
                "已付给 瑞金医院 2,400.00 元（11月23日）。", "没有用到的 600.00 元已经退回给 上海慈善基金会。");
        FlowScreens.captureBothLanguages(robot, "my-aid-expired", true);

        sql("UPDATE aid_order SET status = 'revoked'");
        robot.clickOn("#nav-back");
        awaitShown(robot, "#timebank-aid");
        robot.clickOn("#timebank-aid");
        awaitText(robot, "#aid-0-0", "上海慈善基金会 资助您 3,000.00 元（这笔资助已经结束）。");
        robot.clickOn("#language-toggle");
        awaitText(robot, "#aid-0-0", "Your aid from 上海慈善基金会: ¥3,000.00 (this aid has ended).");
        assertThat(text(robot, "#aid-0-2")).isEqualTo("The ¥600.00 not used went back to 上海慈善基金会.");
        FlowScreens.captureBothLanguages(robot, "my-aid-revoked", false);
        FlowScreens.auditAt(robot, 1366, 690, "my-aid-revoked");
    }

    @Test
    void twoOrdersAreShownOneAtATimeTheSoonerToEndFirstWithMoreAid(FxRobot robot) throws Exception {
        // a second charity's order as the snapshot stores it: open, nothing paid yet, ending before the demo's
        sql("""
                INSERT INTO aid_order (order_id, resident_id, charity_name, hospital_name, approved_fen, paid_fen,
                    status, valid_until) VALUES ('00000000-0000-0000-0000-0000000000a2', '%s', '上海市儿童基金会',
                    '瑞金医院', 50000, 0, 'open', '2027-01-31T01:30:00Z')""".formatted(TestCommunity.WANG));
        robot.clickOn("#demo-wang");
        awaitShown(robot, "#choice-timebank");
        robot.clickOn("#choice-timebank");
        awaitShown(robot, "#timebank-aid");
        robot.clickOn("#timebank-aid");

        awaitText(robot, "#aid-0-0", "上海市儿童基金会 资助您 500.00 元（到 2027年1月31日）。");
        assertThat(sentences(robot)).containsExactly("上海市儿童基金会 资助您 500.00 元（到 2027年1月31日）。",
                "还没有付给 瑞金医院。", "还剩 500.00 元可以用。");
        assertThat(robot.lookup("#aid-1").tryQuery()).as("one order a page").isEmpty();
        assertThat(text(robot, "#aid-more")).isEqualTo("更多资助");
        FlowScreens.auditAt(robot, 1366, 690, "my-aid-two");

        robot.clickOn("#aid-more");
        awaitText(robot, "#aid-0-0", OPEN_ZH.get(0));
        robot.clickOn("#aid-more");
        awaitText(robot, "#aid-0-0", "上海市儿童基金会 资助您 500.00 元（到 2027年1月31日）。");
    }

    @Test
    void aResidentWithoutAidIsOfferedNoAidScreen(FxRobot robot) throws Exception {
        robot.clickOn("#demo-li");
        awaitShown(robot, "#choice-timebank");
        robot.clickOn("#choice-timebank");
        awaitText(robot, "#timebank-balance", "1 h 30 min");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isShown(robot.lookup("#timebank-aid").query())).isFalse();
    }

    /** The sentences of the first order on the page, in order. */
    private static List<String> sentences(FxRobot robot) {
        return List.of(0, 1, 2).stream().map(i -> text(robot, "#aid-0-" + i)).toList();
    }

    private void sql(String update) throws Exception {
        kiosk.journal().database().inTransaction(connection -> connection.createStatement().executeUpdate(update));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> rows(String query) throws Exception {
        return kiosk.journal().database().inTransaction(connection -> {
            List<String> rows = new java.util.ArrayList<>();
            try (var result = connection.createStatement().executeQuery(query)) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        });
    }
}
