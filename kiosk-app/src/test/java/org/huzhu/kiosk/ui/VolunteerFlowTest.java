package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.huzhu.kiosk.community.VolunteerTask;
import org.huzhu.kiosk.journal.JournalVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless: a volunteer checks in to one of today's tasks and out again; the minutes wait for staff confirmation.
 * (The clock is fixed, so checking out right after checking in records the one-minute minimum.)
 */
class VolunteerFlowTest extends DemoKioskWindowTest {

    private List<VolunteerTask> tasks;

    @BeforeEach
    void seedCommunity() throws Exception {
        TestCommunity.awaitDemoSnapshotThenHoldSync(kiosk);
        tasks = kiosk.context().community().volunteering().today(TestCommunity.WANG);
    }

    @Test
    void wangChecksInAndOutAndTheMinutesWaitForStaff(FxRobot robot) throws Exception {
        VolunteerTask company = tasks.get(0);
        VolunteerTask kitchen = tasks.get(1);
        kiosk.journal().database().inTransaction(connection -> connection.createStatement().executeUpdate(
                "INSERT INTO confirmed_task VALUES ('%s', '%s', 90, '%s')".formatted(kitchen.id(), TestCommunity.WANG,
                        kitchen.startsAt())));
        robot.clickOn("#demo-wang");
        awaitShown(robot, "#choice-volunteer");

        robot.clickOn("#choice-volunteer");
        awaitText(robot, "#check-in-" + company.id(), "签到");
        assertThat(text(robot, "#task-details-" + company.id())).isEqualTo("10:00 开始　邻居老人家中　约 1 小时");
        assertThat(text(robot, "#task-status-" + kitchen.id())).isEqualTo("已确认：1 小时 30 分钟");
        assertThat(robot.lookup("#volunteer-more").queryButton().isVisible()).as("the third task is on the next page")
                .isTrue();
        FlowScreens.captureBothLanguages(robot, "volunteer-today", true);

        robot.clickOn("#check-in-" + company.id());
        awaitText(robot, "#check-out-" + company.id(), "签退");
        assertThat(text(robot, "#volunteer-done")).isEqualTo("已签到：陪伴老人聊天。做完后请回来签退。");
        assertThat(text(robot, "#task-status-" + company.id())).isEqualTo("09:30 已签到");
        FlowScreens.captureBothLanguages(robot, "volunteer-checked-in", true);

        robot.clickOn("#check-out-" + company.id());
        awaitText(robot, "#task-status-" + company.id(), "等待工作人员确认：1 分钟");
        assertThat(text(robot, "#volunteer-done")).isEqualTo("已签退，记录了 1 分钟。工作人员确认后会加到您的余额里。");
        assertThat(robot.lookup("#check-out-" + company.id()).tryQuery()).isEmpty();
        FlowScreens.captureBothLanguages(robot, "volunteer-checked-out", true);

        assertThat(FlowScreens.journalTypes(kiosk.journal()))
                .containsExactly("volunteer.checked-in", "volunteer.checked-out");
        assertThat(JournalVerifier.verify(kiosk.journal().database().file())).isInstanceOfSatisfying(
                JournalVerifier.Intact.class, intact -> assertThat(intact.count())
                        .isEqualTo(TestCommunity.DEMO_SEED_TRANSACTIONS + 2));
        assertThat(kiosk.context().community().volunteering().today(TestCommunity.WANG).getFirst().attendance())
                .isEqualTo(new VolunteerTask.WaitingForConfirmation(1));

        robot.clickOn("#nav-home");
        awaitText(robot, "#home-balance", "4 小时");
        FlowScreens.captureBothLanguages(robot, "home", true);
    }

    @Test
    void aTaskCancelledWhileOnScreenIsRefusedInPlainWordsAndGoes(FxRobot robot) throws Exception {
        VolunteerTask company = tasks.get(0);
        robot.clickOn("#demo-wang");
        awaitShown(robot, "#choice-volunteer");
        robot.clickOn("#choice-volunteer");
        awaitShown(robot, "#check-in-" + company.id());
        kiosk.journal().database().inTransaction(connection -> connection.createStatement().executeUpdate(
                "UPDATE volunteer_task SET active = 0 WHERE id = '%s'".formatted(company.id())));

        robot.clickOn("#check-in-" + company.id());
        awaitText(robot, "#screen-problem", "这项志愿任务今天没有安排。请选另一项，或到服务台咨询。");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#check-in-" + company.id()).tryQuery().isEmpty());
        assertThat(robot.lookup("#check-in-" + tasks.get(1).id()).tryQuery()).isPresent();
        assertThat(FlowScreens.journalTypes(kiosk.journal())).isEmpty();
    }

    @Test
    void liInEnglishPagesToALaterTaskAndChecksIn(FxRobot robot) throws Exception {
        Instant afternoon = LocalDate.of(2026, 11, 23).atTime(15, 0).atZone(TestKiosks.SHANGHAI).toInstant();
        kiosk.journal().database().inTransaction(connection -> connection.createStatement().executeUpdate("""
                INSERT INTO volunteer_task VALUES ('%s', '读报给邻居听', 'Read the newspaper to neighbours', '活动室',
                  'Activity room', '%s', 45, 1)""".formatted(UUID.randomUUID(), afternoon)));
        VolunteerTask reading = kiosk.context().community().volunteering().today(TestCommunity.LI).get(2);
        robot.clickOn("#demo-li");
        awaitText(robot, "#home-greeting", "Hello, 李建国");
        robot.clickOn("#choice-volunteer");
        awaitText(robot, "#volunteer-more", "More tasks");
        assertThat(text(robot, "#screen-title")).isEqualTo("Volunteer tasks today");
        assertThat(robot.lookup("#check-in-" + reading.id()).tryQuery()).isEmpty();

        robot.clickOn("#volunteer-more");
        awaitText(robot, "#check-in-" + reading.id(), "Check in");
        assertThat(text(robot, "#task-details-" + reading.id()))
                .isEqualTo("From 15:00  ·  Activity room  ·  about 45 min");
        robot.clickOn("#check-in-" + reading.id());
        awaitText(robot, "#task-status-" + reading.id(), "Checked in at 09:30");
        assertThat(text(robot, "#volunteer-done"))
                .isEqualTo("Checked in to Read the newspaper to neighbours. Come back to check out when you finish.");
        FlowScreens.captureBothLanguages(robot, "volunteer-page-2-checked-in", false);
        assertThat(FlowScreens.journalTypes(kiosk.journal())).containsExactly("volunteer.checked-in");
    }
}
