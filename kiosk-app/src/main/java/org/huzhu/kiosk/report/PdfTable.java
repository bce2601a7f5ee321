package org.huzhu.kiosk.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link ReportTable} on a {@link PdfCanvas}: its title, a shaded header row, then rows that wrap long text
 * within their column. A row never splits across pages; on each new page the title (marked "continued") and the header
 * row are repeated, so a printed page of a long list still says what its columns are.
 */
final class PdfTable {

    private static final float PADDING_X = 6;
    private static final float PADDING_Y = 3;
    private static final float HEADER_GREY = 0.88f;
    private static final float RULE_GREY = 0.75f;

    private final PdfCanvas canvas;
    private final ReportWords words;
    private final float size;
    private final float titleSize;

    /** @param size the text size of header and rows in points (at least 10: the kiosk's smallest printed size) */
    PdfTable(PdfCanvas canvas, ReportWords words, float size) {
        this.canvas = canvas;
        this.words = words;
        this.size = size;
        this.titleSize = size + 3;
    }

    void draw(ReportTable table) throws IOException {
        List<String> headers = table.columns().stream().map(Column::header).toList();
        List<List<String>> texts = table.rows().stream().map(row -> row.stream().map(words::cell).toList()).toList();
        float[] widths = ColumnWidths.across(table.columns(), naturalWidths(headers, texts), PdfCanvas.width());
        List<List<String>> header = lines(headers, widths);
        float headerHeight = height(header);
        List<List<List<String>>> rows = new ArrayList<>();
        for (List<String> row : texts) {
            rows.add(lines(row, widths));
        }
        float firstRowHeight = rows.isEmpty() ? PdfCanvas.lineHeight(size) : height(rows.getFirst());
        if (!canvas.fits(titleHeight() + headerHeight + firstRowHeight)) {
            canvas.newPage(); // a title and header alone at the foot of a page would be orphaned
        }
        title(table.title());
        header(table.columns(), widths, header);
        if (rows.isEmpty()) {
            canvas.paragraph(words.text("report.none"), size);
        }
        for (List<List<String>> row : rows) {
            float rowHeight = height(row);
            if (!canvas.fits(rowHeight)) {
                canvas.newPage();
                title(words.format("report.pdf.continued", table.title()));
                header(table.columns(), widths, header);
            }
            cells(table.columns(), widths, row, canvas.y());
            canvas.moveDown(rowHeight);
            canvas.rule(canvas.y(), 0.4f, RULE_GREY);
        }
        canvas.moveDown(PdfCanvas.lineHeight(size));
    }

    private void title(String title) throws IOException {
        canvas.heading(title, titleSize);
        canvas.moveDown(2);
    }

    private float titleHeight() {
        return PdfCanvas.lineHeight(titleSize) + 2;
    }

    private void header(List<Column> columns, float[] widths, List<List<String>> header) throws IOException {
        float height = height(header);
        canvas.fill(PdfCanvas.left(), canvas.y() - height, PdfCanvas.width(), height, HEADER_GREY);
        cells(columns, widths, header, canvas.y());
        canvas.moveDown(height);
    }

    private void cells(List<Column> columns, float[] widths, List<List<String>> cellLines, float top)
            throws IOException {
        float x = PdfCanvas.left();
        for (int c = 0; c < columns.size(); c++) {
            float lineTop = top - PADDING_Y;
            for (String line : cellLines.get(c)) {
                float textX = columns.get(c).kind().alignsRight()
                        ? x + widths[c] - PADDING_X - canvas.font().width(line, size) : x + PADDING_X;
                canvas.text(line, size, textX, PdfCanvas.baselineBelow(lineTop, size));
                lineTop -= PdfCanvas.lineHeight(size);
            }
            x += widths[c];
        }
    }

    private List<List<String>> lines(List<String> texts, float[] widths) {
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < texts.size(); c++) {
            lines.add(LineBreaker.lines(canvas.font(), texts.get(c), size, widths[c] - 2 * PADDING_X));
        }
        return lines;
    }

    private float height(List<List<String>> cellLines) {
        int mostLines = cellLines.stream().mapToInt(List::size).max().orElse(1);
        return mostLines * PdfCanvas.lineHeight(size) + 2 * PADDING_Y;
    }

    /** Each column's widest value (header or cell, at this size, with padding), for {@link ColumnWidths}. */
    private float[] naturalWidths(List<String> headers, List<List<String>> rows) {
        float[] natural = new float[headers.size()];
        for (int c = 0; c < natural.length; c++) {
            natural[c] = naturalWidth(headers.get(c));
            for (List<String> row : rows) {
                natural[c] = Math.max(natural[c], naturalWidth(row.get(c)));
            }
        }
        return natural;
    }

    private float naturalWidth(String text) {
        float widest = 0;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, canvas.font().width(canvas.font().printable(line), size));
        }
        return widest + 2 * PADDING_X + 0.5f;
    }
}
