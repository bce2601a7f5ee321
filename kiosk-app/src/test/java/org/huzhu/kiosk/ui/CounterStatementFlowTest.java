package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.huzhu.kiosk.sync.SyncService;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.TransactionReversed;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless (Monocle): a resident's statement at the demo counter, from the server, and its corrections: 王秀英's
 * volunteer credit reversed with a reason (required), signed on the staff card, shown as on its way while the server
 * has not got it, then, once the server accepted it, the credit and its reversal both on the statement and pointing
 * at each other; and the statement saved as PDF whose text has her name in Chinese.
 */
class CounterStatementFlowTest extends DemoCounterWindowTest {

    @Test
    void aCreditIsReversedWithAReasonAcceptedByTheServerAndBothEntriesStayLinked(FxRobot robot) throws Exception {
        openWangsStatement(robot);
        awaitText(robot, "#entry-what-0", "志愿服务已确认：+4 小时");
        assertThat(text(robot, "#statement-summary")).isEqualTo("会员号 M000001 · 现在的余额 4 小时");
        assertThat(text(robot, "#statement-range")).isEqualTo("第 1–1 条，共 1 条（最新的在前）");
        assertInTheOtherLanguage(robot, "#entry-what-0", "Volunteer work confirmed: +4 h");
        CounterScreens.auditBothSizes(robot, "statement");

        click(robot, "#entry-reverse-0");
        awaitShown(robot, "#statement-reason");
        assertThat(robot.lookup("#statement-record-reversal").queryAs(Button.class).isDisabled())
                .as("no reason, no reversal").isTrue();
        assertThat(text(robot, "#statement-reverse-means"))
                .isEqualTo("撤销会记一笔相反的记录（−4 小时），原来的记录保留，两条都会出现在结单上。");
        CounterScreens.auditBothSizes(robot, "statement-reverse");
        typeReason(robot, "   ");
        click(robot, "#statement-record-reversal");
        awaitText(robot, "#counter-problem", "请写下原因（每月核对时要看）。没有记录任何内容。");
        assertInTheOtherLanguage(robot, "#counter-problem",
                "Please write down why: the monthly review needs the reason. Nothing was recorded.");
        assertThat(counterHead()).isZero();

        typeReason(robot, "任务记错了");
        click(robot, "#statement-record-reversal");

        org.huzhu.kiosk.sync.Await.until("the reversal in the counter's journal", () -> counterHead() == 1);
        Transaction reversal = TransactionCodec.decode(FlowScreens.journalEnvelopes(stations.counter().journal())
                .getLast());
        assertThat(reversal.body().payload()).isInstanceOfSatisfying(TransactionReversed.class,
                reversed -> assertThat(reversed.reason()).isEqualTo("任务记错了"));
        assertThat(TestCommunity.awaitVerdict(stations.counter(), reversal.body().sequence())).isEqualTo("accepted");
        awaitShown(robot, "#entry-what-1");
        assertThat(text(robot, "#entry-what-0")).matches("工作人员撤销：任务记错了——.+的入账已收回（−4 小时）");
        assertThat(text(robot, "#entry-what-1")).isEqualTo("志愿服务已确认：+4 小时");
        assertThat(text(robot, "#entry-note-1")).startsWith("已撤销：见").endsWith("的更正");
        assertThat(text(robot, "#statement-summary")).isEqualTo("会员号 M000001 · 现在的余额 0 分钟");
        assertThat(robot.lookup("#entry-reverse-0").tryQuery()).as("a correction is not reversed").isEmpty();
        assertThat(robot.lookup("#entry-reverse-1").tryQuery()).as("reversed already").isEmpty();
        switchLanguage(robot);
        assertThat(text(robot, "#entry-what-0"))
                .matches("Reversed by staff: 任务记错了 — the credit of .+ is taken back \\(−4 h\\)");
        assertThat(text(robot, "#entry-note-1")).startsWith("Reversed: see the correction of ");
        switchLanguage(robot);
        CounterScreens.auditBothSizes(robot, "statement-reversed");
    }

    @Test
    void aReversalTheServerHasNotGotYetShowsAsOnItsWay(FxRobot robot) throws Exception {
        openWangsStatement(robot);
        awaitShown(robot, "#entry-reverse-0");
        stations.counter().context().sync().ifPresent(SyncService::close); // the reversal stays here

        click(robot, "#entry-reverse-0");
        typeReason(robot, "wrong task");
        click(robot, "#statement-record-reversal");

        awaitText(robot, "#entry-local-0", "撤销已在本柜台记录，正在发往服务器（原因：wrong task）");
        assertThat(text(robot, "#statement-notice"))
                .isEqualTo("撤销已记录，并用您的工作人员卡签了名。服务器确认后，结单上会显示。");
        assertThat(robot.lookup("#entry-reverse-0").tryQuery()).as("not twice").isEmpty();
        assertInTheOtherLanguage(robot, "#entry-local-0",
                "Reversal recorded here, on its way to the server (reason: wrong task)");
        CounterScreens.auditBothSizes(robot, "statement-on-its-way");
        assertThat(counterHead()).isEqualTo(1);
    }

    @Test
    void theServersRefusalIsWordedOnTheStatementAndTheEntryCanBeReversedAgain(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        // 王秀英 gives all her 4 hours to 李建国 at the kiosk: taking her credit back would leave her at −4 hours.
        TestStaffCard.recordAccepted(stations.kiosk(), new HoursTransferred(TestCommunity.WANG, TestCommunity.LI, 240));
        signIn(robot);
        tap(robot, "wang");
        click(robot, "#file-statement");
        awaitText(robot, "#entry-what-0", "给了李建国：−4 小时");
        assertThat(text(robot, "#entry-what-1")).isEqualTo("志愿服务已确认：+4 小时");

        click(robot, "#entry-reverse-1");
        typeReason(robot, "任务记错了");
        click(robot, "#statement-record-reversal");

        awaitText(robot, "#entry-local-1",
                "服务器没有接受这次撤销：收回这些时间后余额会低于允许的下限。记录保持不变。");
        assertInTheOtherLanguage(robot, "#entry-local-1", "The server did not accept the reversal: taking the time "
                + "back would leave a balance below the limit. The entry stands.");
        assertThat(text(robot, "#entry-what-0")).as("the gift, worded for the giver").isEqualTo("给了李建国：−4 小时");
        awaitShown(robot, "#entry-reverse-1");
        CounterScreens.auditBothSizes(robot, "statement-refused");
        assertThat(TestCommunity.awaitVerdict(stations.counter(), counterHead()))
                .isEqualTo("rejected insufficient-balance");
    }

    @Test
    void aLongHistoryComesAPageAtATimeTheNewestFirst(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        for (int i = 0; i < 4; i++) {
            TestStaffCard.recordAccepted(stations.kiosk(), new HoursTransferred(TestCommunity.WANG, TestCommunity.LI,
                    10));
        }
        signIn(robot);
        tap(robot, "wang");
        click(robot, "#file-statement");

        awaitText(robot, "#statement-range", "第 1–4 条，共 5 条（最新的在前）");
        assertThat(text(robot, "#entry-what-3")).isEqualTo("给了李建国：−10 分钟");
        assertThat(robot.lookup("#statement-newer").tryQuery()).isEmpty();
        CounterScreens.auditBothSizes(robot, "statement-page-1");
        click(robot, "#statement-older");
        awaitText(robot, "#statement-range", "第 5–5 条，共 5 条（最新的在前）");
        assertThat(text(robot, "#entry-what-0")).isEqualTo("志愿服务已确认：+4 小时");
        assertThat(robot.lookup("#statement-older").tryQuery()).isEmpty();
        assertInTheOtherLanguage(robot, "#statement-range", "Entries 5–5 of 5, the newest first");
        click(robot, "#statement-newer");
        awaitText(robot, "#statement-range", "第 1–4 条，共 5 条（最新的在前）");
    }

    @Test
    void theStatementIsSavedAsPdfWithTheResidentsChineseName(FxRobot robot) throws Exception {
        openWangsStatement(robot);
        switchLanguage(robot);
        awaitText(robot, "#entry-what-0", "Volunteer work confirmed: +4 h");

        click(robot, "#statement-print");

        awaitShown(robot, "#statement-notice");
        Path exports = stations.counter().counterContext().desk().corrections().exportsFolder();
        Path pdf = onlyPdf(exports);
        assertThat(text(robot, "#statement-notice")).isEqualTo("The statement is saved as "
                + pdf.getFileName() + " in the folder " + exports + ".");
        assertThat(pdfText(pdf)).contains("王秀英", "M000001");
        // Kept beside the screenshots, to look at: the test's own folder goes when it ends.
        Files.copy(pdf, Files.createDirectories(Path.of("target/screenshots")).resolve("counter-statement-saved.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CounterScreens.auditBothSizes(robot, "statement-saved");
        switchLanguage(robot);
        assertThat(text(robot, "#statement-notice")).startsWith("结单已保存为 " + pdf.getFileName());
    }

    /** Signs in, taps 王秀英's card and opens her statement from her file. */
    private void openWangsStatement(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        signIn(robot);
        tap(robot, "wang");
        awaitText(robot, "#file-name", "王秀英");
        click(robot, "#file-statement");
        awaitText(robot, "#counter-title", "王秀英的结单");
    }

    private static void typeReason(FxRobot robot, String reason) throws Exception {
        write(robot, "#statement-reason", reason);
    }

    private static Path onlyPdf(Path folder) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.isDirectory(folder) && pdfs(folder).size() == 1);
        return pdfs(folder).getFirst();
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pdf")).toList();
        }
    }

    /** The PDF's text as poppler's pdftotext reads it: real text, not pictures of characters. */
    private static String pdfText(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
