package org.huzhu.kiosk.report;

import java.util.function.BiFunction;
import org.huzhu.protocol.counter.Report;

/** The tables of a report, in the order the PDF prints them; each is one CSV file. */
public enum ReportPart {
    TOTALS("totals", ReportTables::totals),
    SERVICES("services", ReportTables::services),
    VOLUNTEERS("volunteers", ReportTables::volunteers),
    NEW_RESIDENTS("new-residents", ReportTables::newResidents),
    INACTIVE_RESIDENTS("inactive-residents", ReportTables::inactiveResidents);

    private final String fileSuffix;
    private final BiFunction<ReportTables, Report, ReportTable> table;

    ReportPart(String fileSuffix, BiFunction<ReportTables, Report, ReportTable> table) {
        this.fileSuffix = fileSuffix;
        this.table = table;
    }

    /**
     * The CSV file name for this part of {@code report}, e.g. {@code report-2026-12-01-2026-12-31-services.csv}: ASCII
     * only, so it survives any USB stick, mail program and operating system, and sorts by date.
     */
    public String fileName(Report report) {
        return "report-" + report.from() + "-" + report.to() + "-" + fileSuffix + ".csv";
    }

    ReportTable table(ReportTables tables, Report report) {
        return table.apply(tables, report);
    }
}
