package org.huzhu.kiosk.report;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.protocol.counter.Report;
import org.huzhu.protocol.counter.ResidentSummary;
import org.huzhu.protocol.counter.Statement;

/**
 * Reports, members lists and statements as CSV for spreadsheets (UTF-8 with BOM, CRLF, RFC 4180, headers in the
 * chosen language, formula injection guarded).
 *
 * <p>One file per table, not sections in one file: a coordinator pastes or opens a table to sort, filter, sum or pivot
 * it, and a sheet that stacks tables with different columns breaks all of those (a sort mixes the sections, a filter
 * sees one header). Each file is one clean table with one header row.
 *
 * <p>Thread-safe (no state but the language). Blocking I/O: call it off the FX thread.
 */
public final class ReportCsv {

    private final ReportWords words;
    private final ReportTables tables;
    private final CsvTable csv;

    public ReportCsv(Language language) {
        this.words = new ReportWords(Messages.of(language));
        this.tables = new ReportTables(words);
        this.csv = new CsvTable(words);
    }

    /**
     * Writes every part of {@code report} into {@code directory} (which must exist), one file per part named by
     * {@link ReportPart#fileName}, replacing files of the same name.
     *
     * @return the files written, in {@link ReportPart} order
     */
    public List<Path> writeReport(Report report, Path directory) throws ExportException {
        List<Path> files = new ArrayList<>();
        for (ReportPart part : ReportPart.values()) {
            Path file = directory.resolve(part.fileName(report));
            ExportFiles.write(file, stream -> csv.write(part.table(tables, report), stream));
            files.add(file);
        }
        return files;
    }

    /** Writes one part of {@code report} to {@code stream}, which stays open. */
    public void writePart(Report report, ReportPart part, OutputStream stream) throws ExportException {
        ExportFiles.write(stream, out -> csv.write(part.table(tables, report), out));
    }

    /** A members list with balances (e.g. a search's results); days in {@code zone}. The stream stays open. */
    public void writeResidents(List<ResidentSummary> residents, ZoneId zone, OutputStream stream)
            throws ExportException {
        ExportFiles.write(stream, out -> csv.write(residentsTable(residents, zone), out));
    }

    /** Like {@link #writeResidents(List, ZoneId, OutputStream)}, into {@code file} (created or replaced). */
    public void writeResidents(List<ResidentSummary> residents, ZoneId zone, Path file) throws ExportException {
        ExportFiles.write(file, out -> csv.write(residentsTable(residents, zone), out));
    }

    /** A resident's transactions on this page of their statement, times in {@code zone}. The stream stays open. */
    public void writeStatement(Statement statement, ZoneId zone, OutputStream stream) throws ExportException {
        ExportFiles.write(stream, out -> csv.write(tables.history(statement, zone), out));
    }

    /** Like {@link #writeStatement(Statement, ZoneId, OutputStream)}, into {@code file} (created or replaced). */
    public void writeStatement(Statement statement, ZoneId zone, Path file) throws ExportException {
        ExportFiles.write(file, out -> csv.write(tables.history(statement, zone), out));
    }

    private ReportTable residentsTable(List<ResidentSummary> residents, ZoneId zone) {
        return tables.residents(words.text("report.table.residents"), residents, zone);
    }
}
