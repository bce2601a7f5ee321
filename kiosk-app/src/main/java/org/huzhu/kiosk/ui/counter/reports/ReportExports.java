package org.huzhu.kiosk.ui.counter.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.report.ExportException;
import org.huzhu.kiosk.report.ReportCsv;
import org.huzhu.kiosk.report.ReportPdf;
import org.huzhu.protocol.counter.Report;

/**
 * Saves a report into the counter's exports folder ({@code <data folder>/exports}, owner-only like the data folder,
 * on the same encrypted volume: ADR 0014), as CSV (one file per table) or as one PDF, in the language staff chose.
 * Blocking I/O: call from a worker thread. Thread-safe.
 */
final class ReportExports {

    /** What was written where. */
    record Saved(Path folder, List<Path> files) {

        Saved {
            files = List.copyOf(files);
        }
    }

    private final Path folder;
    private final String centreName;
    private final Clock clock;

    ReportExports(Path folder, String centreName, Clock clock) {
        this.folder = folder;
        this.centreName = centreName;
        this.clock = clock;
    }

    Path folder() {
        return folder;
    }

    Saved csv(Report report, Language language) throws ExportException {
        return new Saved(folder, new ReportCsv(language).writeReport(report, folder));
    }

    Saved pdf(Report report, Language language) throws ExportException {
        Path file = folder.resolve(pdfName(report));
        new ReportPdf(language, centreName, clock).write(report, file);
        return new Saved(folder, List.of(file));
    }

    /** {@code report-2026-11-01-2026-11-30.pdf}: ASCII, sorting by date, beside the CSV files of the same days. */
    static String pdfName(Report report) {
        return "report-" + report.from() + "-" + report.to() + ".pdf";
    }
}
