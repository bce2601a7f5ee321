package org.huzhu.kiosk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.protocol.counter.Report;
import org.huzhu.protocol.counter.ResidentSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCsvTest {

    @TempDir
    Path folder;

    @Test
    void aReportIsOneFilePerTableNamedByItsRange() throws Exception {
        List<Path> files = new ReportCsv(Language.ZH_CN).writeReport(ReportFixtures.december(0), folder);
        assertThat(files).extracting(file -> file.getFileName().toString()).containsExactly(
                "report-2026-12-01-2026-12-31-totals.csv", "report-2026-12-01-2026-12-31-services.csv",
                "report-2026-12-01-2026-12-31-volunteers.csv", "report-2026-12-01-2026-12-31-new-residents.csv",
                "report-2026-12-01-2026-12-31-inactive-residents.csv");
        for (Path file : files) {
            assertThat(Files.readAllBytes(file)).as(file.toString()).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(Files.readString(file).replace("\r\n", "")).as(file.toString()).doesNotContain("\n", "\r");
        }
    }

    @Test
    void chineseHeadersAndFiguresAsNumbers() throws Exception {
        List<Path> files = new ReportCsv(Language.ZH_CN).writeReport(ReportFixtures.december(0), folder);
        assertThat(CsvRecords.read(files.get(0))).containsExactly(List.of("项目", "时间（分钟）"),
                List.of("记入的志愿服务时间", "330"), List.of("用掉的时间", "120"), List.of("转给家人的时间", "30"),
                List.of("更正和退回的时间", "15"), List.of("账本合计（应始终为 0）", "0"));
        assertThat(CsvRecords.read(files.get(1))).containsExactly(
                List.of("服务", "提供方", "预约", "取消", "平均评分", "评价人数"),
                List.of("助餐", "幸福食堂", "42", "3", "4.6", "38"), List.of("理发", "张师傅理发", "7", "0", "", "0"));
    }

    @Test
    void englishHeadersAndNamesInEnglish() throws Exception {
        List<Path> files = new ReportCsv(Language.EN).writeReport(ReportFixtures.december(0), folder);
        assertThat(CsvRecords.read(files.get(1)).get(1)).containsExactly("Meals", "Happiness Canteen", "42", "3",
                "4.6", "38");
        assertThat(CsvRecords.read(files.get(3)).getFirst()).containsExactly("Member no.", "Name",
                "Balance (minutes)", "Phone", "Enrolled", "Last exchange", "Status");
    }

    @Test
    void aChineseNameRoundTripsWithItsBalanceAndDays() throws Exception {
        List<Path> files = new ReportCsv(Language.ZH_CN).writeReport(ReportFixtures.december(0), folder);
        List<List<String>> newResidents = CsvRecords.read(files.get(3));
        assertThat(newResidents.getFirst()).containsExactly("会员号", "姓名", "余额（分钟）", "电话", "登记日期",
                "最近往来", "状态");
        assertThat(newResidents.get(1)).containsExactly("M000001", "王秀英", "240", "••• 5678", "2026-12-02",
                "2026-12-20", "在册");
        assertThat(newResidents.get(2)).containsExactly("M000002", "Li Jianguo", "90", "", "2026-12-03", "", "在册");
    }

    @Test
    void namesWithFormulasCommasQuotesAndLineBreaksComeBackAsText() throws Exception {
        Path file = folder.resolve("residents.csv");
        new ReportCsv(Language.ZH_CN).writeResidents(List.of(named("=HYPERLINK(\"http://evil\",\"点我\")"),
                named("陈, \"小明\"\n二号"), named("-2+3"), named("@SUM(A1)")), ReportFixtures.SHANGHAI, file);
        List<String> names = CsvRecords.read(file).stream().skip(1).map(record -> record.get(1)).toList();
        assertThat(names).containsExactly("'=HYPERLINK(\"http://evil\",\"点我\")", "陈, \"小明\"\n二号", "'-2+3",
                "'@SUM(A1)");
    }

    @Test
    void aStatementKeepsSignedMinutesAsNumbersAndSaysWhatWasCorrected() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportCsv(Language.ZH_CN).writeStatement(ReportFixtures.statementOfWang(), ReportFixtures.SHANGHAI, out);
        Path file = Files.write(folder.resolve("statement.csv"), out.toByteArray());
        List<List<String>> records = CsvRecords.read(file);
        assertThat(records).containsExactly(List.of("日期", "事项", "时间（分钟）", "说明"),
                List.of("2026-12-20 14:00", "用时间换服务", "-30", ""),
                List.of("2026-12-18 11:00", "更正", "-60", "更正：撤销之前记错的一笔；原因：录入错误"),
                List.of("2026-12-17 11:00", "志愿服务记入", "60", "已撤销（更正）"),
                List.of("2026-12-10 11:00", "转给家人", "-30", ""),
                List.of("2026-12-05 11:00", "志愿服务记入", "90", "原因：新年午餐帮厨"));
    }

    @Test
    void englishStatementWordsCorrectionsPlainly() throws Exception {
        Path file = folder.resolve("statement-en.csv");
        new ReportCsv(Language.EN).writeStatement(ReportFixtures.statementOfWang(), ReportFixtures.SHANGHAI, file);
        List<List<String>> records = CsvRecords.read(file);
        assertThat(records.getFirst()).containsExactly("Date", "What", "Time (minutes)", "Note");
        assertThat(records.get(2)).containsExactly("2026-12-18 11:00", "Correction", "-60",
                "correction: cancels an earlier, wrong entry; reason: 录入错误");
        assertThat(records.get(3)).containsExactly("2026-12-17 11:00", "Volunteer work credited", "60",
                "reversed (correction)");
        assertThat(records.get(4)).containsExactly("2026-12-10 11:00", "Given to family", "-30", "");
    }

    @Test
    void daysAreCountedInTheReportsZoneAndAnUnknownZoneFallsBackToUtc() {
        Report report = ReportFixtures.december(0);
        assertThat(ReportTables.zoneOf(report)).isEqualTo(ReportFixtures.SHANGHAI);
        Report offset = new Report(report.from(), report.to(), "+08:00", 0, 0, 0, 0, 0, List.of(), List.of(),
                List.of(), 30, List.of());
        assertThat(ReportTables.zoneOf(offset)).isEqualTo(ZoneOffset.ofHours(8));
        Report unknown = new Report(report.from(), report.to(), "Mars/Olympus", 0, 0, 0, 0, 0, List.of(), List.of(),
                List.of(), 30, List.of());
        assertThat(ReportTables.zoneOf(unknown)).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void aFolderThatCannotBeMadeIsReportedInPlainWords() throws Exception {
        // A missing folder is made (ExportFilesTest); under a plain file, none can be.
        Path underAFile = java.nio.file.Files.writeString(folder.resolve("a-file"), "x").resolve("exports");
        assertThatThrownBy(() -> new ReportCsv(Language.ZH_CN).writeReport(ReportFixtures.december(0), underAFile))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ExportException.Reason.NOT_WRITTEN);
                    assertThat(e.messageKey()).isEqualTo("report.error.notWritten");
                });
    }

    @Test
    void aStreamThatFailsIsReportedAsNotWritten() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("USB stick removed");
            }
        };
        Report report = ReportFixtures.december(0);
        assertThatThrownBy(() -> new ReportCsv(Language.EN).writePart(report, ReportPart.SERVICES, broken))
                .isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.NOT_WRITTEN))
                .hasRootCauseMessage("USB stick removed");
    }

    private static ResidentSummary named(String name) {
        return new ResidentSummary("r-x", name, "M000009", 0, "", Instant.parse("2026-12-01T00:00:00Z"), null,
                "active");
    }
}
