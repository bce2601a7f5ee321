package org.huzhu.kiosk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.protocol.counter.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The report PDF as Poppler reads and renders it. */
class ReportPdfTest {

    private static Path pdfs;

    @BeforeAll
    static void tools() throws IOException {
        pdfs = Poppler.readyFolder();
    }

    @Test
    void chineseIsRealTextWithTitleCentreNamesAndRatings() throws Exception {
        Path pdf = write(Language.ZH_CN, ReportFixtures.december(0), "report-zh.pdf");
        String text = Poppler.text(pdf);
        assertThat(text).contains("月度报告 2026年12月", "互助社区服务中心", "生成时间：2027年1月5日 10:30",
                "统计期间：2026年12月1日 至 2026年12月31日（Asia/Shanghai 时间）", "王秀英", "陈志明", "幸福食堂",
                "4.6（38 人评价）", "5 小时 30 分钟", "账本合计（应始终为 0）", "2026-12-20");
        assertThat(text).containsPattern(pageLabel(1, 1));
    }

    @Test
    void noTextIsSmallerThanTenPoints() throws Exception {
        Path pdf = write(Language.ZH_CN, ReportFixtures.december(40), "report-sizes.pdf");
        assertThat(Poppler.smallestTextSize(pdf)).isGreaterThanOrEqualTo(9.99);
    }

    @Test
    void theFontIsEmbeddedAsASubsetWithAUnicodeMap() throws Exception {
        Path pdf = write(Language.ZH_CN, ReportFixtures.december(0), "report-fonts.pdf");
        // name (a subset has a 6-letter tag), type, encoding, emb, sub, uni
        Pattern embeddedSubset = Pattern.compile(
                "(?m)^[A-Z]{6}\\+\\S+\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\b");
        assertThat(Poppler.fonts(pdf)).containsPattern(embeddedSubset);
        assertThat(Files.size(pdf)).as("a subset, not the whole 5 MB font").isLessThan(200_000);
    }

    @Test
    void pageOneRendersWithInk() throws Exception {
        Path pdf = write(Language.ZH_CN, ReportFixtures.december(0), "report-render.pdf");
        assertThat(RenderedPage.renderFirstPage(pdf, "report-page-1.png")).isBetween(0.01, 0.5);
    }

    @Test
    void englishReportSaysTheSameInEnglish() throws Exception {
        Path pdf = write(Language.EN, ReportFixtures.december(0), "report-en.pdf");
        assertThat(Poppler.text(pdf)).contains("Monthly report, December 2026", "Generated: 5 January 2027, 10:30",
                "Happiness Canteen", "4.6 from 38 ratings", "5 h 30 min", "Ledger sum (always 0)", "Page 1 of 1");
    }

    @Test
    void aLongTableBreaksAcrossPagesWithItsHeadersRepeated() throws Exception {
        Path pdf = write(Language.ZH_CN, ReportFixtures.december(300), "report-long.pdf");
        int pages = Poppler.pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        for (int page = 2; page <= pages; page++) {
            assertThat(Poppler.text(pdf, page)).as("page %d", page)
                    .contains("不活跃的居民（30 天内没有时间往来）（续）", "会员号", "姓名", "余额", "最近往来")
                    .containsPattern(pageLabel(page, pages));
        }
        String all = Poppler.text(pdf);
        assertThat(all).contains("M001001", "M001300").containsPattern(pageLabel(pages, pages));
    }

    @Test
    void aNameWithACharacterTheFontLacksStillPrints() throws Exception {
        Report report = ReportFixtures.december(0);
        Report withEmoji = new Report(report.from(), report.to(), report.zone(), 0, 0, 0, 0, 0, List.of(),
                List.of(new Report.VolunteerMinutes("r-9", "王\uD83D\uDE00芳", "M000009", 30, 0, 0)), List.of(), 30,
                List.of());
        Path pdf = write(Language.ZH_CN, withEmoji, "report-emoji.pdf");
        assertThat(Poppler.text(pdf)).contains("王?芳", "M000009", "30 分钟");
    }

    @Test
    void withoutAChineseFontTheStaffAreToldWhichPackageToInstall() {
        Path pdf = pdfs.resolve("report-no-font.pdf");
        ReportPdf noFont = new ReportPdf(new PdfExport(Language.ZH_CN, ReportFixtures.CENTRE, ReportFixtures.CLOCK,
                List.of(Path.of("/nonexistent/font.ttc"))));
        assertThatThrownBy(() -> noFont.write(ReportFixtures.december(0), pdf))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ExportException.Reason.FONT_MISSING);
                    assertThat(e.messageKey()).isEqualTo("report.error.fontMissing");
                    assertThat(e).hasMessageContaining("fonts-wqy-microhei");
                });
        assertThat(pdf).doesNotExist();
    }

    @Test
    void theCallersStreamGetsThePdfAndStaysOpen() throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new ReportPdf(Language.EN, ReportFixtures.CENTRE, ReportFixtures.CLOCK).write(ReportFixtures.december(0), out);
        assertThat(out.toByteArray()).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(closed[0]).isFalse();
    }

    /**
     * A community of 1,000 inactive residents: every one of them reaches the PDF, on numbered pages. Prints how long
     * the PDF took and its size (a figure for the report, not a limit: shared CI cores vary too much).
     */
    @Test
    @Tag("slow")
    void aThousandResidentReportHasEveryResidentOnNumberedPages() throws Exception {
        Path pdf = pdfs.resolve("report-1000.pdf");
        Report report = ReportFixtures.december(999);
        ReportPdf writer = new ReportPdf(Language.ZH_CN, ReportFixtures.CENTRE, ReportFixtures.CLOCK);
        long start = System.nanoTime();
        writer.write(report, pdfs.resolve("report-1000-first.pdf"));
        long firstMillis = (System.nanoTime() - start) / 1_000_000; // with class loading, JIT and font parsing
        start = System.nanoTime();
        writer.write(report, pdf);
        long millis = (System.nanoTime() - start) / 1_000_000;

        int pages = Poppler.pages(pdf);
        assertThat(pages).isGreaterThan(1_000 / 40);
        assertThat(Poppler.text(pdf)).contains("M001001", "M001500", "M001999")
                .containsPattern(pageLabel(pages, pages));
        System.out.printf("1,000-resident report PDF: %d ms (first in this JVM: %d ms), %,d bytes, %d pages%n", millis,
                firstMillis, Files.size(pdf), pages);
    }

    /** "第 1 / 3 页", whatever spacing pdftotext guesses between Chinese and digits. */
    static Pattern pageLabel(int page, int pages) {
        return Pattern.compile("第\\s*" + page + "\\s*/\\s*" + pages + "\\s*页");
    }

    private static Path write(Language language, Report report, String name) throws ExportException {
        Path pdf = pdfs.resolve(name);
        new ReportPdf(language, ReportFixtures.CENTRE, ReportFixtures.CLOCK).write(report, pdf);
        return pdf;
    }
}
