package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.VolunteerNoShow;
import org.huzhu.protocol.payload.VolunteerRated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Headless (Monocle): volunteer work at the demo counter, from the check-ins and check-outs the demo kiosk recorded
 * today (王秀英 and 李建国 in the canteen kitchen, 王秀英 in the activity room, 李建国 still checked in to keep a
 * neighbour company), listed by the demo kiosk's embedded server: one confirmed with changed minutes, a reason and
 * four stars; a no-show; the kitchen confirmed at once; and the server gone, with nothing lost.
 */
class CounterVolunteerFlowTest extends DemoCounterWindowTest {

    /** The demo server's tasks on the fixed clock's day (DemoCatalogue names them so). */
    private static final LocalDate TODAY = LocalDate.ofInstant(TestKiosks.MONDAY_MORNING.instant(),
            TestKiosks.MONDAY_MORNING.getZone());
    static final UUID KITCHEN = task("canteen-kitchen");
    static final UUID ACTIVITY_ROOM = task("activity-room");
    static final UUID COMPANY = task("companionship");

    @BeforeEach
    void theKiosksCheckInsReachTheServer() throws Exception {
        TestCommunity.awaitDemoSnapshot(stations.kiosk());
    }

    @Test
    void aCheckOutIsConfirmedWithChangedMinutesAReasonAndFourStarsAcceptedAndThenListedConfirmed(FxRobot robot)
            throws Exception {
        signIn(robot);
        click(robot, "#nav-volunteers");

        awaitText(robot, row(KITCHEN, TestCommunity.WANG, "status"), "等待确认");
        assertThat(text(robot, "#volunteers-task-" + KITCHEN)).isEqualTo("食堂帮厨，10:30 开始，约 1 小时 30 分钟");
        assertThat(text(robot, row(KITCHEN, TestCommunity.WANG, "who"))).isEqualTo("王秀英（M000001）");
        assertThat(text(robot, row(KITCHEN, TestCommunity.WANG, "times"))).isEqualTo("签到 09:30，签退 09:30");
        assertThat(text(robot, row(KITCHEN, TestCommunity.WANG, "checked"))).isEqualTo("1 小时 35 分钟");
        assertThat(text(robot, row(COMPANY, TestCommunity.LI, "status"))).isEqualTo("09:30 签到后还没有签退");
        assertThat(text(robot, row(COMPANY, TestCommunity.LI, "checked"))).isEqualTo("—");
        assertInTheOtherLanguage(robot, row(COMPANY, TestCommunity.LI, "status"), "Still checked in since 09:30");
        assertInTheOtherLanguage(robot, "#volunteers-task-" + KITCHEN,
                "Help in the canteen kitchen, starts 10:30, about 1 h 30 min");
        CounterScreens.auditBothSizes(robot, "volunteers-list");

        click(robot, row(KITCHEN, TestCommunity.WANG, "confirm"));
        awaitText(robot, "#counter-title", "确认王秀英（M000001）的志愿服务");
        assertThat(robot.lookup("#volunteer-minutes").queryTextInputControl().getText()).isEqualTo("95");
        assertThat(text(robot, "#volunteer-bound")).isEqualTo("可填 1 到 155 分钟");
        assertThat(isShown(robot.lookup("#volunteer-reason").query())).as("the checked minutes need no reason")
                .isFalse();
        CounterScreens.auditBothSizes(robot, "volunteer-confirm");

        typeInto(robot, "#volunteer-minutes", "100");
        awaitShown(robot, "#volunteer-reason");
        click(robot, "#volunteer-confirm");
        awaitText(robot, "#counter-problem", "请写下原因（每月核对时要看）。没有记录任何内容。");
        assertInTheOtherLanguage(robot, "#counter-problem",
                "Please write down why: the monthly review needs the reason. Nothing was recorded.");
        assertThat(counterHead()).as("refused before the card signs").isZero();
        typeInto(robot, "#volunteer-reason", "stayed to wash up");
        click(robot, "#volunteer-star-4");
        typeInto(robot, "#volunteer-note", "careful and cheerful");
        CounterScreens.auditBothSizes(robot, "volunteer-confirm-changed");

        click(robot, "#volunteer-confirm");

        awaitText(robot, "#volunteers-notice", "已记录：王秀英（M000001），食堂帮厨，1 小时 40 分钟。服务器收到后，列表会显示为已确认。");
        assertThat(text(robot, row(KITCHEN, TestCommunity.WANG, "status"))).isEqualTo("已在本柜台记录，正在发往服务器");
        assertThat(robot.lookup(row(KITCHEN, TestCommunity.WANG, "confirm")).tryQuery()).as("not twice").isEmpty();
        assertInTheOtherLanguage(robot, row(KITCHEN, TestCommunity.WANG, "status"),
                "Recorded here, on its way to the server");
        CounterScreens.auditBothSizes(robot, "volunteers-recorded-here");
        Transaction confirmation = counterTransaction(1);
        assertThat(confirmation.body().payload()).isEqualTo(new ServiceConfirmed(KITCHEN, TestCommunity.WANG, 100,
                "ST-" + confirmation.body().authorisations().getFirst().key().substring(0, 16), "stayed to wash up"));
        assertThat(counterTransaction(2).body().payload()).isEqualTo(new VolunteerRated(KITCHEN, TestCommunity.WANG,
                4, "careful and cheerful"));
        assertThat(TestCommunity.awaitVerdict(stations.counter(), 1)).isEqualTo("accepted");
        assertThat(TestCommunity.awaitVerdict(stations.counter(), 2)).isEqualTo("accepted");

        click(robot, "#volunteers-refresh");

        awaitText(robot, row(KITCHEN, TestCommunity.WANG, "status"), "已确认 1 小时 40 分钟，4 星");
        assertInTheOtherLanguage(robot, row(KITCHEN, TestCommunity.WANG, "status"), "Confirmed: 1 h 40 min, 4 stars");
        CounterScreens.auditBothSizes(robot, "volunteers-confirmed");
    }

    @Test
    void aVolunteerStillCheckedInIsMarkedAsNotComeAndTheServerAgrees(FxRobot robot) throws Exception {
        signIn(robot);
        switchLanguage(robot);
        click(robot, "#nav-volunteers");
        awaitText(robot, row(COMPANY, TestCommunity.LI, "status"), "Still checked in since 09:30");

        click(robot, row(COMPANY, TestCommunity.LI, "confirm"));

        awaitText(robot, "#counter-title", "Confirm the work of 李建国 (M000002)");
        assertThat(robot.lookup("#volunteer-minutes").queryTextInputControl().getText())
                .as("no check-out: the task's length").isEqualTo("60");
        awaitShown(robot, "#volunteer-reason");
        CounterScreens.auditBothSizes(robot, "volunteer-confirm-checked-in");
        typeInto(robot, "#volunteer-reason", "never came back");
        click(robot, "#volunteer-no-show");

        awaitText(robot, "#volunteers-notice", "Recorded: 李建国 (M000002) did not come to Keep an elderly neighbour company.");
        assertThat(text(robot, row(COMPANY, TestCommunity.LI, "status")))
                .isEqualTo("Marked absent here, on its way to the server");
        assertInTheOtherLanguage(robot, row(COMPANY, TestCommunity.LI, "status"), "已在本柜台记为未到，正在发往服务器");
        assertThat(counterTransaction(1).body().payload()).isEqualTo(new VolunteerNoShow(COMPANY, TestCommunity.LI,
                "never came back"));
        assertThat(TestCommunity.awaitVerdict(stations.counter(), 1)).isEqualTo("accepted");

        click(robot, "#volunteers-refresh");

        awaitText(robot, row(COMPANY, TestCommunity.LI, "status"), "Did not come");
        assertInTheOtherLanguage(robot, row(COMPANY, TestCommunity.LI, "status"), "未到");
        assertThat(robot.lookup(row(COMPANY, TestCommunity.LI, "confirm")).tryQuery()).isEmpty();
    }

    @Test
    void theWholeKitchenIsConfirmedAtOnceInOneRecordAndAccepted(FxRobot robot) throws Exception {
        signIn(robot);
        click(robot, "#nav-volunteers");
        awaitShown(robot, "#volunteers-activity-" + KITCHEN);
        assertThat(text(robot, "#volunteers-activity-" + KITCHEN)).isEqualTo("全部确认（2 人）");
        assertThat(robot.lookup("#volunteers-activity-" + ACTIVITY_ROOM).tryQuery()).as("one volunteer").isEmpty();

        click(robot, "#volunteers-activity-" + KITCHEN);

        awaitText(robot, "#counter-title", "全部确认：食堂帮厨");
        assertThat(text(robot, "#activity-" + TestCommunity.WANG)).isEqualTo("1 小时 35 分钟");
        assertThat(text(robot, "#activity-" + TestCommunity.LI)).isEqualTo("1 小时 30 分钟");
        assertInTheOtherLanguage(robot, "#activity-body",
                "These 2 volunteers are each confirmed at the minutes they checked. All are recorded, or none.");
        CounterScreens.auditBothSizes(robot, "volunteers-activity");
        click(robot, "#activity-confirm");

        awaitText(robot, "#volunteers-notice", "已记录：食堂帮厨的 2 位志愿者，共 3 小时 5 分钟。服务器收到后，列表会显示为已确认。");
        assertThat(text(robot, row(KITCHEN, TestCommunity.LI, "status"))).isEqualTo("已在本柜台记录，正在发往服务器");
        assertThat(robot.lookup("#volunteers-activity-" + KITCHEN).tryQuery()).as("not twice").isEmpty();
        CounterScreens.auditBothSizes(robot, "volunteers-activity-recorded");
        assertThat(counterHead()).isEqualTo(2);
        assertThat(TestCommunity.awaitVerdict(stations.counter(), 1)).isEqualTo("accepted");
        assertThat(TestCommunity.awaitVerdict(stations.counter(), 2)).isEqualTo("accepted");

        click(robot, "#volunteers-refresh");

        awaitText(robot, row(KITCHEN, TestCommunity.WANG, "status"), "已确认 1 小时 35 分钟");
        assertThat(text(robot, row(KITCHEN, TestCommunity.LI, "status"))).isEqualTo("已确认 1 小时 30 分钟");
    }

    @Test
    void withTheServerGoneTheScreenSaysSoAndWhatIsRecordedHereWaitsInTheOutbox(FxRobot robot) throws Exception {
        signIn(robot);
        click(robot, "#nav-volunteers");
        awaitText(robot, row(ACTIVITY_ROOM, TestCommunity.WANG, "status"), "等待确认");
        stations.counter().context().sync().orElseThrow().close(); // the counter cannot send before the server goes
        click(robot, row(ACTIVITY_ROOM, TestCommunity.WANG, "confirm"));
        click(robot, "#volunteer-confirm");
        awaitText(robot, row(ACTIVITY_ROOM, TestCommunity.WANG, "status"), "已在本柜台记录，正在发往服务器");
        stations.kiosk().close(); // the demo kiosk's process holds the embedded server: it stops with it

        click(robot, "#volunteers-refresh");

        String unreachable = "现在连不上服务器，列表没有更新。在本柜台记录的内容都保存着，连上后会自动发送。请稍后再点“刷新”。";
        awaitText(robot, "#counter-problem", unreachable);
        assertThat(text(robot, row(ACTIVITY_ROOM, TestCommunity.WANG, "status"))).as("the list as it was")
                .isEqualTo("已在本柜台记录，正在发往服务器");
        assertThat(robot.lookup(row(KITCHEN, TestCommunity.WANG, "confirm")).tryQuery()).as("still confirmable")
                .isPresent();
        assertThat(counterTransaction(1).body().payload()).isEqualTo(new ServiceConfirmed(ACTIVITY_ROOM,
                TestCommunity.WANG, 30, "ST-" + counterTransaction(1).body().authorisations().getFirst().key()
                        .substring(0, 16), ""));
        assertThat(outboxState(1)).as("kept, to be sent when the server is back").isEqualTo("pending");

        // Opened afresh while the server is gone: only what is wrong, in plain words.
        click(robot, "#nav-residents");
        click(robot, "#nav-volunteers");
        awaitText(robot, "#counter-problem", unreachable);
        assertInTheOtherLanguage(robot, "#counter-problem", "The server cannot be reached just now, so the list is "
                + "not up to date. Everything recorded at this counter is kept and is sent once the server is back. "
                + "Press \"Ask the server again\" in a moment.");
        CounterScreens.auditBothSizes(robot, "volunteers-unreachable");
        assertThat(counterHead()).isEqualTo(1);
    }

    /** The id of a part ("status", "confirm", …) of a session's row in the list. */
    static String row(UUID task, UUID volunteer, String part) {
        return "#session-" + task + "-" + volunteer + "-" + part;
    }

    /** Replaces what {@code field} holds by typing, as staff do. */
    private static void typeInto(FxRobot robot, String field, String typed) throws Exception {
        click(robot, field);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(typed);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private Transaction counterTransaction(long sequence) throws Exception {
        return TransactionCodec.decode(FlowScreens.journalEnvelopes(stations.counter().journal())
                .get((int) sequence - 1));
    }

    private String outboxState(long sequence) throws Exception {
        return stations.counter().journal().database().inTransaction(connection -> {
            try (var query = connection.prepareStatement("SELECT state FROM outbox WHERE sequence = ?")) {
                query.setLong(1, sequence);
                try (var row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : "";
                }
            }
        });
    }

    private static UUID task(String key) {
        return UUID.nameUUIDFromBytes(("task:" + key + "@" + TODAY).getBytes(StandardCharsets.UTF_8));
    }
}
