package org.huzhu.kiosk.report;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.ResidentSummary;
import org.huzhu.protocol.counter.Statement;
import org.huzhu.protocol.counter.StatementEntry;

/**
 * A resident's statement to take home, as A4 PDF in larger print (12 and 14 pt): name, member number, balance as of
 * now, and their history with corrections in plain words (a reversed entry "已撤销（更正）" / "reversed (correction)",
 * and its reversal), page numbers in every footer. When the statement holds only one page of a longer history, it
 * says which entries it lists.
 *
 * <p>Thread-safe: each call writes its own document. Blocking I/O: call it off the FX thread.
 */
public final class StatementPdf {

    private static final float RESIDENT_SIZE = 14;
    private static final float TEXT_SIZE = 12;

    private final PdfExport export;
    private final ReportTables tables;

    /**
     * @param centreName the centre's name for the heading
     * @param clock      the "balance as of" time and the zone of every time shown: a clock fixed at the time the
     *                   statement was fetched, or the system clock when printing right after fetching it
     */
    public StatementPdf(Language language, String centreName, Clock clock) {
        this(new PdfExport(language, centreName, clock, CjkFont.KNOWN_PATHS));
    }

    StatementPdf(PdfExport export) {
        this.export = export;
        this.tables = new ReportTables(export.words());
    }

    /** Writes the PDF to {@code stream}, which stays open. */
    public void write(Statement statement, OutputStream stream) throws ExportException {
        export.write(document(statement), stream);
    }

    /** Writes the PDF to {@code file} (created or replaced); nothing is left behind if it fails. */
    public void write(Statement statement, Path file) throws ExportException {
        export.write(document(statement), file);
    }

    private PdfExport.Document document(Statement statement) {
        ReportWords words = export.words();
        ResidentSummary resident = statement.resident();
        String title = words.text("report.statement.title");
        return new PdfExport.Document(title, export.footer(title, resident.displayName()), (canvas, now) -> {
            canvas.moveDown(PdfCanvas.lineHeight(TEXT_SIZE) / 2);
            canvas.paragraph(words.format("report.statement.name", resident.displayName()), RESIDENT_SIZE);
            canvas.paragraph(words.format("report.statement.memberNumber", resident.memberNumber()), RESIDENT_SIZE);
            canvas.paragraph(words.format("report.statement.balance", words.longDateTime(now.toLocalDateTime()),
                    words.minutes(resident.balanceMinutes())), RESIDENT_SIZE);
            canvas.moveDown(PdfCanvas.lineHeight(TEXT_SIZE));
            new PdfTable(canvas, words, TEXT_SIZE).draw(tables.history(statement, now.getZone()));
            Page<StatementEntry> entries = statement.entries();
            if (entries.offset() > 0 || entries.hasMore()) {
                canvas.paragraph(words.format("report.statement.partial", entries.offset() + 1,
                        entries.offset() + entries.items().size(), entries.total()), TEXT_SIZE);
            }
        });
    }
}
