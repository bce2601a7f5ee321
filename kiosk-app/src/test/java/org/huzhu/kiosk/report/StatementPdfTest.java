package org.huzhu.kiosk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.Statement;
import org.huzhu.protocol.counter.StatementEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The statement a resident takes home, as Poppler reads and renders it. */
class StatementPdfTest {

    private static Path pdfs;

    @BeforeAll
    static void tools() throws IOException {
        pdfs = Poppler.readyFolder();
    }

    @Test
    void chineseStatementNamesTheResidentTheirBalanceAndCorrectionsInPlainWords() throws Exception {
        Path pdf = write(Language.ZH_CN, ReportFixtures.statementOfWang(), "statement-zh.pdf");
        assertThat(Poppler.text(pdf)).contains("时间账户对账单", "互助社区服务中心", "姓名：王秀英", "会员号：M000001",
                "截至 2027年1月5日 10:30，余额：4 小时", "已撤销（更正）", "更正：撤销之前记错的一笔", "原因：录入错误",
                "+1 小时 30 分钟", "-30 分钟", "转给家人", "2026-12-18 11:00").containsPattern(
                ReportPdfTest.pageLabel(1, 1));
        assertThat(RenderedPage.renderFirstPage(pdf, "statement-page-1.png")).isBetween(0.01, 0.5);
    }

    @Test
    void englishStatementSaysReversedInPlainWords() throws Exception {
        Path pdf = write(Language.EN, ReportFixtures.statementOfWang(), "statement-en.pdf");
        assertThat(Poppler.text(pdf)).contains("Time account statement", "Name: 王秀英", "Member number: M000001",
                "Balance as of 5 January 2027, 10:30: 4 h", "reversed (correction)", "Volunteer work",
                "+1 h 30 min", "Page 1 of 1");
    }

    @Test
    void aStatementOfOnePageOfALongHistorySaysWhichEntriesItLists() throws Exception {
        Statement whole = ReportFixtures.statementOfWang();
        Statement firstPage = new Statement(whole.resident(),
                new Page<StatementEntry>(whole.entries().items(), 0, 120));
        Path pdf = write(Language.ZH_CN, firstPage, "statement-partial.pdf");
        assertThat(Poppler.text(pdf)).contains("本单列出第 1 到第 5 笔记录（共 120 笔）");
    }

    @Test
    void aResidentWithoutHistoryGetsAStatementThatSaysSo() throws Exception {
        Statement empty = new Statement(ReportFixtures.liJianguo(), new Page<>(List.of(), 0, 0));
        Path pdf = write(Language.EN, empty, "statement-empty.pdf");
        assertThat(Poppler.text(pdf)).contains("Name: Li Jianguo", "Balance as of 5 January 2027, 10:30: 1 h 30 min",
                "History", "(none)");
    }

    private static Path write(Language language, Statement statement, String name) throws ExportException {
        Path pdf = pdfs.resolve(name);
        new StatementPdf(language, ReportFixtures.CENTRE, ReportFixtures.CLOCK).write(statement, pdf);
        return pdf;
    }
}
