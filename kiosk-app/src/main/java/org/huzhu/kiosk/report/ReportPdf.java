package org.huzhu.kiosk.report;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.protocol.counter.Report;

/**
 * A report as a printable A4 PDF: title, centre, range, when it was made, the totals, then every table of
 * {@link ReportPart} with headers repeated on each page, and "第 1 / 3 页" / "Page 1 of 3" in every footer. Chinese is
 * real text in an embedded subset of a CJK font ({@code fonts-wqy-microhei} on Debian).
 *
 * <p>Thread-safe: each call writes its own document. Blocking I/O, and the first report in a JVM takes a few seconds
 * (PDFBox and the font load): call it off the FX thread.
 */
public final class ReportPdf {

    private static final float TEXT_SIZE = 10;

    private final PdfExport export;
    private final ReportTables tables;

    /**
     * @param centreName the centre's name for the heading ({@code centre.name} of the counter's configuration)
     * @param clock      gives the "generated" time, shown in the clock's zone
     */
    public ReportPdf(Language language, String centreName, Clock clock) {
        this(new PdfExport(language, centreName, clock, CjkFont.KNOWN_PATHS));
    }

    ReportPdf(PdfExport export) {
        this.export = export;
        this.tables = new ReportTables(export.words());
    }

    /** Writes the PDF to {@code stream}, which stays open. */
    public void write(Report report, OutputStream stream) throws ExportException {
        export.write(document(report), stream);
    }

    /** Writes the PDF to {@code file} (created or replaced); nothing is left behind if it fails. */
    public void write(Report report, Path file) throws ExportException {
        export.write(document(report), file);
    }

    private PdfExport.Document document(Report report) {
        ReportWords words = export.words();
        String title = words.title(report.from(), report.to());
        return new PdfExport.Document(title, export.footer(title), (canvas, now) -> {
            canvas.paragraph(words.format("report.pdf.range", words.longDay(report.from()),
                    words.longDay(report.to()), ReportTables.zoneOf(report).getId()), TEXT_SIZE);
            canvas.paragraph(words.format("report.pdf.generated", words.longDateTime(now.toLocalDateTime())),
                    TEXT_SIZE);
            canvas.moveDown(PdfCanvas.lineHeight(TEXT_SIZE));
            PdfTable table = new PdfTable(canvas, words, TEXT_SIZE);
            for (ReportPart part : ReportPart.values()) {
                table.draw(part.table(tables, report));
                if (part == ReportPart.TOTALS && report.ledgerSumMinutes() != 0) {
                    canvas.paragraph(words.text("report.pdf.ledgerNotZero"), TEXT_SIZE);
                }
            }
        });
    }
}
