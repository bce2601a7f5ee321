package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.report.Poppler;
import org.huzhu.kiosk.report.RenderedPage;
import org.huzhu.kiosk.report.ReportPart;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.signin.SignInOutcomes;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.staff.StaffSignInResult;
import org.huzhu.protocol.counter.Report;
import org.huzhu.themes.StyleClasses;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless (Monocle): the counter's reports on the demo community, asked of the demo's embedded server on the staff
 * card: this month's figures as the server counts them, its parts a page at a time in both languages, the report
 * saved as CSV (a BOM, Chinese names) and as PDF (a page with ink, real Chinese text) in the exports folder the
 * screen names; a period the server would refuse, a server that does not answer, and a ledger that does not sum
 * to 0 (a damaged server database), said in plain words.
 */
class CounterReportsFlowTest extends DemoCounterWindowTest {

    /** The demo clock's day in the counter's zone: Monday 23 November 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void theMonthsReportShowsWhatTheServerCountedAndIsSavedAsCsvAndPdf(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        Report server = theServersReport(TODAY.withDayOfMonth(1), TODAY.withDayOfMonth(30));
        signIn(robot);

        click(robot, "#nav-reports");

        Messages zh = Messages.of(Language.ZH_CN);
        awaitText(robot, "#reports-credited", zh.minutes(server.creditedMinutes()));
        assertThat(server.creditedMinutes()).as("the demo's two credits: 王秀英 240, 李建国 90").isEqualTo(330);
        assertThat(text(robot, "#reports-heading")).startsWith("月度报告 2026年11月");
        assertThat(text(robot, "#reports-ledger")).startsWith("账目合计：0");
        assertThat(text(robot, "#reports-redeemed")).isEqualTo(zh.minutes(server.redeemedMinutes()));
        assertInTheOtherLanguage(robot, "#reports-credited", "5 h 30 min");
        CounterScreens.auditBothSizes(robot, "reports-month");

        click(robot, "#reports-section-services");
        assertThat(text(robot, "#reports-table-0-2")).isEqualTo("还没有评价");
        assertInTheOtherLanguage(robot, "#reports-table-0-2", "no ratings yet");
        CounterScreens.auditBothSizes(robot, "reports-services");
        click(robot, "#reports-section-new");
        assertThat(text(robot, "#reports-table-0-1")).isEqualTo(server.newResidents().getFirst().displayName());
        CounterScreens.auditBothSizes(robot, "reports-new-residents");

        click(robot, "#reports-save-csv");
        Path exports = stations.counter().counterContext().exports();
        awaitText(robot, "#reports-saved", "已保存为 5 个 CSV 文件（每张表一个），在文件夹 " + exports);
        byte[] csv = Files.readAllBytes(exports.resolve(ReportPart.NEW_RESIDENTS.fileName(server)));
        assertThat(Arrays.copyOf(csv, 3)).as("a UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("王秀英", "李建国");
        CounterScreens.auditBothSizes(robot, "reports-saved-csv");

        Poppler.requireInstalled();
        click(robot, "#reports-save-pdf");
        Path pdf = exports.resolve("report-2026-11-01-2026-11-30.pdf");
        awaitText(robot, "#reports-saved", "已保存为 PDF 文件 " + pdf);
        assertThat(Poppler.text(pdf)).contains("月度报告", "王秀英");
        assertThat(RenderedPage.renderFirstPage(pdf, "counter-report-month.png")).as("ink on page 1")
                .isGreaterThan(0.01);
    }

    @Test
    void aDayOrARangeIsAskedForAndAPeriodTheServerWouldRefuseIsSaidBeforeAsking(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        String zone = theServersReport(TODAY, TODAY).zone();
        signIn(robot);
        switchLanguage(robot);
        click(robot, "#nav-reports");
        awaitShown(robot, "#reports-credited");

        click(robot, "#reports-kind-day");
        click(robot, "#reports-show");
        awaitText(robot, "#reports-heading", "Daily report, 23 November 2026");
        assertThat(text(robot, "#reports-zone")).isEqualTo(zone);
        assertThat(text(robot, "#reports-credited")).isEqualTo("5 h 30 min");

        click(robot, "#reports-kind-range");
        typeDay(robot, "#reports-first", "2026-11-20");
        typeDay(robot, "#reports-last", "2026-11-10");
        click(robot, "#reports-show");
        awaitText(robot, "#counter-problem", "The last day is before the first. Choose the days again.");
        assertInTheOtherLanguage(robot, "#counter-problem", "结束日期在开始日期之前。请重新选择日期。");
        CounterScreens.auditBothSizes(robot, "reports-range-wrong");

        typeDay(robot, "#reports-last", "2026-11-25");
        robot.doubleClickOn("#reports-inactive-days").write("0");
        click(robot, "#reports-show");
        awaitText(robot, "#counter-problem", "Type the days without exchange as a whole number from 1 to 3650.");
        robot.doubleClickOn("#reports-inactive-days").write("30");
        click(robot, "#reports-show");
        awaitText(robot, "#reports-heading", "Report, 20 November 2026 to 25 November 2026");
        click(robot, "#reports-section-inactive");
        awaitShown(robot, "#reports-inactive-means");
        assertThat(text(robot, "#reports-inactive-means")).contains("30 days");
        CounterScreens.auditBothSizes(robot, "reports-range");
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidInPlainWords(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        signIn(robot);
        stations.kiosk().close(); // the demo kiosk's process serves the embedded server: it is gone now

        click(robot, "#nav-reports");

        awaitText(robot, "#counter-problem", "现在连不上服务器，所以没有答复。请检查网络，稍后再试。");
        assertInTheOtherLanguage(robot, "#counter-problem",
                "The server cannot be reached just now, so there is no answer. Check the network, then try again in "
                        + "a moment.");
        assertThat(robot.lookup("#reports-save-csv").tryQuery()).as("nothing to save").isEmpty();
        CounterScreens.auditBothSizes(robot, "reports-unreachable");
    }

    @Test
    void aLedgerThatDoesNotSumToZeroIsShownAsTheFaultItIs(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        // A damaged server database: one account's balance no longer matches what its postings moved.
        try (Connection server = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("demo-server.db"));
                Statement damage = server.createStatement()) {
            damage.execute("PRAGMA busy_timeout = 5000");
            damage.executeUpdate(
                    "UPDATE account SET balance = balance + 7 WHERE rowid = (SELECT MIN(rowid) FROM account)");
        }
        signIn(robot);

        click(robot, "#nav-reports");

        awaitText(robot, "#reports-ledger", "故障：账目合计是 7 分钟，不是 0。有记录出错了。现在不要做任何更正，请联系技术支持。");
        assertThat(robot.lookup("#reports-ledger").query().getStyleClass()).as("it stands out")
                .contains(StyleClasses.BANNER_WARNING);
        assertInTheOtherLanguage(robot, "#reports-ledger", "Fault: the ledger sum is 7 minutes, not 0. A record is "
                + "wrong. Make no corrections now and call technical support.");
        CounterScreens.auditBothSizes(robot, "reports-ledger-fault");
    }

    /** Replaces the day in a date picker by typing, as staff may (the picker takes it on Enter). */
    private static void typeDay(FxRobot robot, String picker, String day) {
        robot.doubleClickOn(picker + " .text-field");
        robot.eraseText(10).write(day).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The server's own answer, asked on the staff card in the demo kiosk's reader, past the counter's screens. */
    private Report theServersReport(LocalDate from, LocalDate to) throws Exception {
        try (StaffSession staff = staffAtTheKiosk(stations.kiosk())) {
            return stations.counter().counterContext().server().orElseThrow().report(staff, from, to, 90);
        }
    }

    private static StaffSession staffAtTheKiosk(KioskRuntime kiosk) throws Exception {
        SignInOutcomes outcomes = new SignInOutcomes();
        kiosk.context().signIn().onOutcome(outcomes);
        DemoDevices devices = kiosk.context().demoDevices().orElseThrow();
        devices.insertStaffCard();
        var card = outcomes.next(SignInOutcome.StaffCardTapped.class).card();
        return ((StaffSignInResult.SignedIn) kiosk.context().signIn().staffSignIn().signIn(card,
                DemoCards.STAFF_PIN.toCharArray())).session();
    }
}
