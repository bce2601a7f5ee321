package org.huzhu.kiosk.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A4 pages written top to bottom: a cursor that moves down, a new page when the next block would not fit, and the
 * footer with page numbers added once the number of pages is known. Coordinates are PDF points from the bottom left.
 * Not thread-safe.
 */
final class PdfCanvas {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 48;
    /** The smallest text a printed report may have (the counter's and residents' eyes). */
    static final float SMALLEST_SIZE = 10;
    static final float FOOTER_SIZE = SMALLEST_SIZE;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    /** Content stops here, leaving room for the footer line and text below it. */
    private static final float BOTTOM = MARGIN + 24;
    private static final float LEADING = 1.4f;

    private final PDDocument document;
    private final PdfFont font;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    PdfCanvas(PDDocument document, PdfFont font) throws IOException {
        this.document = document;
        this.font = font;
        newPage();
    }

    PdfFont font() {
        return font;
    }

    static float left() {
        return MARGIN;
    }

    static float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    /** The height of one line of text at {@code size} points. */
    static float lineHeight(float size) {
        return size * LEADING;
    }

    /** Where the cursor is: the top of the next block. */
    float y() {
        return y;
    }

    boolean fits(float height) {
        return y - height >= BOTTOM;
    }

    void moveDown(float height) {
        y -= height;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Wrapped text across the full width, starting a new page where a line would not fit. */
    void paragraph(String text, float size) throws IOException {
        wrapped(text, size, false);
    }

    /**
     * Like {@link #paragraph} in bold, for titles. The CJK font has no bold face, so its outlines are stroked as well
     * as filled; the text stays the same, extractable text.
     */
    void heading(String text, float size) throws IOException {
        wrapped(text, size, true);
    }

    private void wrapped(String text, float size, boolean bold) throws IOException {
        for (String line : LineBreaker.lines(font, text, size, width())) {
            if (!fits(lineHeight(size))) {
                newPage();
            }
            if (bold) {
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.setLineWidth(size / 30);
            }
            text(line, size, left(), baselineBelow(y, size));
            content.setRenderingMode(RenderingMode.FILL);
            moveDown(lineHeight(size));
        }
    }

    /** The baseline of a line of text whose line box starts at {@code top}. */
    static float baselineBelow(float top, float size) {
        return top - size * 1.08f;
    }

    /** One line of printable text with its baseline at {@code baseline}; {@code size} at least 10 points. */
    void text(String printable, float size, float x, float baseline) throws IOException {
        if (size < SMALLEST_SIZE) {
            throw new IllegalArgumentException("text of " + size + " pt is below the smallest printed size");
        }
        content.beginText();
        content.setFont(font.pdFont(), size);
        content.newLineAtOffset(x, baseline);
        content.showText(printable);
        content.endText();
    }

    /** A filled rectangle in grey ({@code 0} black .. {@code 1} white), e.g. behind a table's header row. */
    void fill(float x, float bottom, float width, float height, float grey) throws IOException {
        content.setNonStrokingColor(grey);
        content.addRect(x, bottom, width, height);
        content.fill();
        content.setNonStrokingColor(0f);
    }

    /** A horizontal rule across the full width at {@code atY}. */
    void rule(float atY, float lineWidth, float grey) throws IOException {
        content.setStrokingColor(grey);
        content.setLineWidth(lineWidth);
        content.moveTo(left(), atY);
        content.lineTo(left() + width(), atY);
        content.stroke();
        content.setStrokingColor(0f);
    }

    /**
     * Ends the last page, then gives every page its footer: {@code footerLeft} on the left and the page number, worded
     * by {@code pageLabel(page, pages)}, on the right.
     */
    void finish(String footerLeft, BiFunction<Integer, Integer, String> pageLabel) throws IOException {
        content.close();
        String left = font.printable(footerLeft);
        float baseline = MARGIN;
        for (int i = 0; i < pages.size(); i++) {
            String label = font.printable(pageLabel.apply(i + 1, pages.size()));
            float labelWidth = font.width(label, FOOTER_SIZE);
            content = new PDPageContentStream(document, pages.get(i), AppendMode.APPEND, true, true);
            rule(baseline + FOOTER_SIZE + 4, 0.5f, 0.6f);
            text(fitted(left, width() - labelWidth - 16), FOOTER_SIZE, left(), baseline);
            text(label, FOOTER_SIZE, left() + width() - labelWidth, baseline);
            content.close();
        }
    }

    /** {@code printable} shortened with "…" to fit {@code maxWidth} at the footer's size. */
    private String fitted(String printable, float maxWidth) {
        if (font.width(printable, FOOTER_SIZE) <= maxWidth) {
            return printable;
        }
        String shorter = printable;
        while (!shorter.isEmpty() && font.width(shorter + "…", FOOTER_SIZE) > maxWidth) {
            shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1));
        }
        return shorter + "…";
    }
}
