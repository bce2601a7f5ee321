package org.huzhu.kiosk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.protocol.counter.Report;

/**
 * A report as a printable A4 PDF: title, centre, range, when it was made, the totals, then every table of
 * {@link ReportPart} with headers repeated on each page, and "第 1 / 3 页" / "Page 1 of 3" in every footer. Chinese is
 * real text in an embedded subset of a CJK font ({@code fonts-wqy-microhei} on Debian).
 *
 * <p>Thread-safe: each call writes its own document. Blocking I/O and a second or so for a large report: call it off
 * the FX thread.
 */
public final class ReportPdf {

    private static final float TITLE_SIZE = 18;
    private static final float CENTRE_SIZE = 13;
    private static final float TEXT_SIZE = 10;

    private final ReportWords words;
    private final ReportTables tables;
    private final String centreName;
    private final Clock clock;
    private final List<Path> fontCandidates;

    /**
     * @param centreName the centre's name for the heading ({@code centre.name} of the counter's configuration)
     * @param clock      gives the "generated" time, shown in the clock's zone
     */
    public ReportPdf(Language language, String centreName, Clock clock) {
        this(language, centreName, clock, CjkFont.KNOWN_PATHS);
    }

    ReportPdf(Language language, String centreName, Clock clock, List<Path> fontCandidates) {
        this.words = new ReportWords(Messages.of(language));
        this.tables = new ReportTables(words);
        this.centreName = centreName;
        this.clock = clock;
        this.fontCandidates = List.copyOf(fontCandidates);
    }

    /** Writes the PDF to {@code stream}, which stays open. */
    public void write(Report report, OutputStream stream) throws ExportException {
        ExportFiles.write(stream, out -> writePdf(report, out));
    }

    /** Writes the PDF to {@code file} (created or replaced); nothing is left behind if it fails. */
    public void write(Report report, Path file) throws ExportException {
        ExportFiles.write(file, out -> writePdf(report, out));
    }

    private void writePdf(Report report, OutputStream out) throws IOException, ExportException {
        String title = words.title(report.from(), report.to());
        ZonedDateTime now = ZonedDateTime.now(clock);
        PdfDocuments.Frame frame = new PdfDocuments.Frame(title, centreName + " · " + title, words, now);
        PdfDocuments.write(fontCandidates, frame, canvas -> {
            canvas.heading(title, TITLE_SIZE);
            canvas.paragraph(centreName, CENTRE_SIZE);
            canvas.paragraph(words.format("report.pdf.range", words.longDay(report.from()),
                    words.longDay(report.to()), ReportTables.zoneOf(report).getId()), TEXT_SIZE);
            canvas.paragraph(words.format("report.pdf.generated", words.longDateTime(now.toLocalDateTime())), TEXT_SIZE);
            canvas.moveDown(PdfCanvas.lineHeight(TEXT_SIZE));
            PdfTable table = new PdfTable(canvas, words, TEXT_SIZE);
            for (ReportPart part : ReportPart.values()) {
                table.draw(part.table(tables, report));
                if (part == ReportPart.TOTALS && report.ledgerSumMinutes() != 0) {
                    canvas.paragraph(words.text("report.pdf.ledgerNotZero"), TEXT_SIZE);
                }
            }
        }, out);
    }
}
