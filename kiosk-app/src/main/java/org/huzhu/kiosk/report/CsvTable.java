package org.huzhu.kiosk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one {@link ReportTable} as a CSV document: a header row, then one record per row. Values are what a
 * spreadsheet computes with: whole minutes as integers (headers say "(minutes)"), a rating as its average and its count
 * in two columns (no rating: an empty average, which AVERAGE and charts skip), days and times in ISO order.
 */
final class CsvTable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final ReportWords words;

    CsvTable(ReportWords words) {
        this.words = words;
    }

    void write(ReportTable table, OutputStream stream) throws IOException {
        CsvWriter csv = CsvWriter.startOn(stream);
        csv.record(headers(table.columns()));
        for (List<Cell> row : table.rows()) {
            List<String> fields = new ArrayList<>();
            row.forEach(cell -> fields.addAll(fields(cell)));
            csv.record(fields);
        }
        csv.flush();
    }

    private List<String> headers(List<Column> columns) {
        List<String> headers = new ArrayList<>();
        for (Column column : columns) {
            switch (column.kind()) {
                case MINUTES -> headers.add(CsvWriter.text(words.format("report.csv.inMinutes", column.header())));
                case RATING -> {
                    headers.add(CsvWriter.text(words.text("report.csv.ratingAverage")));
                    headers.add(CsvWriter.text(words.text("report.csv.ratingCount")));
                }
                default -> headers.add(CsvWriter.text(column.header()));
            }
        }
        return headers;
    }

    private List<String> fields(Cell cell) {
        return switch (cell) {
            case Cell.Text text -> List.of(CsvWriter.text(text.value()));
            case Cell.Lines lines -> List.of(CsvWriter.text(String.join(words.text("report.note.separator"),
                    lines.parts())));
            case Cell.Count count -> List.of(CsvWriter.number(count.value()));
            case Cell.Minutes minutes -> List.of(CsvWriter.number(minutes.value()));
            case Cell.Rating rating -> List.of(
                    rating.count() > 0 ? ReportWords.averageStars(rating.count(), rating.starsTotal()) : "",
                    CsvWriter.number(rating.count()));
            case Cell.Day day -> List.of(DAY.format(day.value()));
            case Cell.Moment moment -> List.of(MOMENT.format(moment.value()));
            case Cell.None none -> List.of("");
        };
    }
}
