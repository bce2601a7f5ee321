package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.journal.JournalVerifier;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.payload.HoursTransferred;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Headless: the time bank screen, and giving minutes to family, refused when the balance or the limits say no. */
class TimeBankFlowTest extends DemoKioskWindowTest {

    private static final String FAMILY_LI = "#family-" + TestCommunity.LI;
    private static final String FAMILY_WANG = "#family-" + TestCommunity.WANG;

    @BeforeEach
    void seedCommunity() throws Exception {
        TestCommunity.awaitDemoSnapshotThenHoldSync(kiosk);
    }

    @Test
    void wangGivesThirtyMinutesToLi(FxRobot robot) throws Exception {
        robot.clickOn("#demo-wang");
        awaitText(robot, "#home-balance", "4 小时");

        robot.clickOn("#choice-timebank");
        awaitText(robot, "#timebank-balance", "4 小时");
        assertThat(text(robot, "#timebank-as-of")).isEqualTo("中心最后确认：11月23日 星期一 09:30");
        FlowScreens.captureBothLanguages(robot, "timebank-empty", true);

        robot.clickOn("#timebank-give");
        awaitText(robot, FAMILY_LI, "给 李建国");
        assertThat(text(robot, "#transfer-family-hint")).isEqualTo("从王秀英的时间余额中给出。请点要给时间的家人：");
        FlowScreens.captureBothLanguages(robot, "transfer-family", true);

        robot.clickOn(FAMILY_LI);
        awaitText(robot, "#transfer-amount-hint", "您现在有 4 小时。请点要给的时间：");
        assertThat(text(robot, "#amount-15")).isEqualTo("15 分钟");
        assertThat(text(robot, "#amount-120")).isEqualTo("2 小时");
        FlowScreens.captureBothLanguages(robot, "transfer-amount", true);

        robot.clickOn("#amount-30");
        awaitShown(robot, "#confirm-transfer");
        assertThat(text(robot, "#transfer-from")).isEqualTo("王秀英");
        assertThat(text(robot, "#transfer-to")).isEqualTo("李建国");
        assertThat(text(robot, "#transfer-amount")).isEqualTo("30 分钟");
        assertThat(text(robot, "#transfer-balance-after")).isEqualTo("4 小时 → 3 小时 30 分钟");
        assertThat(text(robot, "#confirm-transfer")).isEqualTo("确认给李建国");
        FlowScreens.captureBothLanguages(robot, "transfer-confirm", true);
        assertThat(FlowScreens.journalTypes(kiosk.journal())).as("nothing before confirming").isEmpty();

        robot.clickOn("#confirm-transfer");
        awaitText(robot, "#transfer-done-what", "您给了李建国 30 分钟。");
        assertThat(text(robot, "#screen-title")).isEqualTo("已经给好了");
        assertThat(text(robot, "#transfer-balance")).isEqualTo("3 小时 30 分钟");
        FlowScreens.captureBothLanguages(robot, "transfer-done", true);

        assertThat(FlowScreens.journalTypes(kiosk.journal())).containsExactly("hours.transferred");
        assertThat(FlowScreens.journalPayloads(kiosk.journal()))
                .containsExactly(new HoursTransferred(TestCommunity.WANG, TestCommunity.LI, 30));
        assertThat(JournalVerifier.verify(kiosk.journal().database().file())).isInstanceOfSatisfying(
                JournalVerifier.Intact.class, intact -> assertThat(intact.count())
                        .isEqualTo(TestCommunity.DEMO_SEED_TRANSACTIONS + 1));
        var timeBank = kiosk.context().community().timeBank();
        assertThat(timeBank.balance(TestCommunity.WANG).minutes()).isEqualTo(210);
        assertThat(timeBank.balance(TestCommunity.LI).minutes()).isEqualTo(120);

        robot.clickOn("#transfer-done");
        awaitText(robot, "#home-balance", "3 小时 30 分钟");
        assertThat(text(robot, "#home-sync")).as("sync is held: the transfer waits, and home says so")
                .isEqualTo("有 1 项正在等待送到中心；它们已经安全保存在这台服务机上。");
        robot.clickOn("#choice-timebank");
        awaitText(robot, "#timebank-entry-0", "11月23日 星期一 09:30　您给了李建国 30 分钟（等待中心确认）");
        assertThat(text(robot, "#timebank-balance")).isEqualTo("3 小时 30 分钟");
    }

    @Test
    void historyShowsTheLatestChangesInPlainWords(FxRobot robot) throws Exception {
        var community = kiosk.context().community();
        Actor wangCard = TestCommunity.cardOf(kiosk, TestCommunity.WANG);
        Actor liCard = TestCommunity.cardOf(kiosk, TestCommunity.LI);
        FamilyMember li = new FamilyMember(TestCommunity.LI, "李建国");
        community.timeBank().transfer(wangCard, TestCommunity.WANG, li, 15);
        long accepted = community.timeBank().transfer(liCard, TestCommunity.LI,
                new FamilyMember(TestCommunity.WANG, "王秀英"), 30).sequence();
        long rejected = community.timeBank().transfer(wangCard, TestCommunity.WANG, li, 60).sequence();
        var haircut = community.catalogue().upcomingSlots("haircut").getFirst();
        var booking = community.bookings().book(wangCard, TestCommunity.WANG, TestCommunity.WANG, haircut.id());
        community.bookings().cancel(wangCard, TestCommunity.WANG, booking.booking().id());
        kiosk.journal().database().inTransaction(connection -> connection.createStatement().executeUpdate("""
                UPDATE outbox SET state = CASE sequence WHEN %d THEN 'accepted' ELSE 'rejected' END
                WHERE sequence IN (%d, %d)""".formatted(accepted, accepted, rejected)));

        robot.clickOn("#demo-wang");
        awaitShown(robot, "#choice-timebank");
        robot.clickOn("#choice-timebank");
        awaitText(robot, "#timebank-balance", "4 小时 15 分钟");
        String at = "11月23日 星期一 09:30　";
        assertThat(List.of(0, 1, 2, 3)).map(i -> text(robot, "#timebank-entry-" + i)).containsExactly(
                at + "理发预约已取消：退回 30 分钟（等待中心确认）",
                at + "理发：用了 30 分钟（等待中心确认）",
                at + "您给了李建国 1 小时（中心没有接受）",
                at + "李建国给了您 30 分钟");
        assertThat(robot.lookup("#timebank-entry-4").tryQuery()).as("the oldest of five is left out").isEmpty();
        FlowScreens.captureBothLanguages(robot, "timebank-history", true);
    }

    @Test
    void liInEnglishCannotGiveMoreThanHeHasAndNothingIsRecorded(FxRobot robot) throws Exception {
        robot.clickOn("#demo-li");
        awaitText(robot, "#home-greeting", "Hello, 李建国");
        robot.clickOn("#choice-timebank");
        awaitText(robot, "#timebank-balance", "1 h 30 min");
        assertThat(text(robot, "#timebank-give")).isEqualTo("Give time to family");
        assertThat(text(robot, "#timebank-entry-0")).as("the demo's confirmed volunteering explains his balance")
                .isEqualTo("Monday 23 November, 09:30 – Volunteering: 1 h 30 min earned");

        robot.clickOn("#timebank-give");
        awaitText(robot, FAMILY_WANG, "To 王秀英");
        robot.clickOn(FAMILY_WANG);
        awaitText(robot, "#transfer-amount-hint", "You have 1 h 30 min now. Tap how much to give:");
        robot.clickOn("#amount-120");
        awaitText(robot, "#screen-problem", "You have only 1 h 30 min, not enough to give 2 h. Please choose less.");
        assertThat(text(robot, "#screen-title")).as("still choosing an amount").isEqualTo("How much time for 王秀英?");
        FlowScreens.captureBothLanguages(robot, "transfer-amount-not-enough", false);
        assertThat(text(robot, "#screen-problem")).as("worded again after the switch back")
                .isEqualTo("You have only 1 h 30 min, not enough to give 2 h. Please choose less.");

        assertThat(FlowScreens.journalTypes(kiosk.journal())).isEmpty();
        assertThat(kiosk.context().community().timeBank().balance(TestCommunity.LI).minutes()).isEqualTo(90);
    }

    @Test
    void beyondTheOfflineLimitTheTransferIsRefusedInPlainWords(FxRobot robot) throws Exception {
        robot.clickOn("#demo-wang");
        awaitShown(robot, "#choice-timebank");
        give(robot, 120);
        awaitShown(robot, "#transfer-done-what");
        robot.clickOn("#transfer-done");
        awaitText(robot, "#home-balance", "2 小时");

        give(robot, 15);
        awaitText(robot, "#screen-problem", "这次要用的时间，比服务机自己能办的多。请到服务台，工作人员可以为您办理。");
        assertThat(text(robot, "#screen-title")).isEqualTo("请确认给家人的时间");
        FlowScreens.captureBothLanguages(robot, "transfer-confirm-refused", true);
        assertThat(FlowScreens.journalPayloads(kiosk.journal()))
                .containsExactly(new HoursTransferred(TestCommunity.WANG, TestCommunity.LI, 120));
    }

    @Test
    void onANewKioskTheBalanceIsUnconfirmedAndWithoutAFamilyLinkTheScreenSaysHowToGetOne(FxRobot robot)
            throws Exception {
        kiosk.journal().database().inTransaction(connection -> connection.createStatement()
                .executeUpdate("DELETE FROM family_link") + connection.createStatement()
                .executeUpdate("DELETE FROM snapshot_state"));
        robot.clickOn("#demo-wang");
        awaitShown(robot, "#choice-timebank");
        robot.clickOn("#choice-timebank");
        awaitText(robot, "#timebank-as-of", "还没有经过中心确认");
        robot.clickOn("#timebank-give");
        awaitShown(robot, "#transfer-family-hint");
        assertThat(text(robot, "#screen-title")).isEqualTo("还不能给家人时间");
        assertThat(text(robot, "#transfer-family-hint")).startsWith("您还没有登记家人").contains("服务台");
        assertThat(robot.lookup(FAMILY_LI).tryQuery()).isEmpty();
        FlowScreens.captureBothLanguages(robot, "transfer-no-family", true);
    }

    @Test
    void familyWhoMayNotReceiveAreNotOfferedAndTheScreenSaysToAskAtTheCounter(FxRobot robot) throws Exception {
        // what the snapshot writes for a family.permissions-set: 李建国 may not receive 王秀英's time
        kiosk.journal().database().inTransaction(connection -> connection.createStatement().executeUpdate(
                "UPDATE family_link SET may_receive = 0 WHERE resident_id = '" + TestCommunity.WANG + "'"));
        robot.clickOn("#demo-wang");
        awaitShown(robot, "#choice-timebank");
        robot.clickOn("#choice-timebank");
        awaitShown(robot, "#timebank-give");
        robot.clickOn("#timebank-give");
        awaitShown(robot, "#transfer-family-hint");

        assertThat(text(robot, "#transfer-family-hint"))
                .isEqualTo("您登记的家人在这里不能接收您的时间。如果您想给家人时间，请到服务台咨询。");
        assertThat(robot.lookup(FAMILY_LI).tryQuery()).isEmpty();
        FlowScreens.captureBothLanguages(robot, "transfer-family-may-not-receive", true);
        assertThat(FlowScreens.journalPayloads(kiosk.journal())).isEmpty();
    }

    /** From home: time bank, give, 李建国, the amount, confirm. */
    private static void give(FxRobot robot, int minutes) throws Exception {
        robot.clickOn("#choice-timebank");
        awaitShown(robot, "#timebank-give");
        robot.clickOn("#timebank-give");
        awaitShown(robot, FAMILY_LI);
        robot.clickOn(FAMILY_LI);
        awaitShown(robot, "#amount-" + minutes);
        robot.clickOn("#amount-" + minutes);
        awaitShown(robot, "#confirm-transfer");
        robot.clickOn("#confirm-transfer");
    }
}
