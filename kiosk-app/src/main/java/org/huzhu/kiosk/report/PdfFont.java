package org.huzhu.kiosk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded font of one document, with what layout needs: text widths, and text reduced to what the font can draw
 * (PDFBox refuses a character without a glyph, and a resident's name may hold one, e.g. an emoji). Not thread-safe.
 */
final class PdfFont {

    private static final char NO_GLYPH = '?';

    private final PDType0Font font;
    private final CmapLookup cmap;
    private final Map<Integer, Float> advanceByCodePoint = new HashMap<>();

    PdfFont(PDType0Font font, CmapLookup cmap) {
        this.font = font;
        this.cmap = cmap;
    }

    PDType0Font pdFont() {
        return font;
    }

    /**
     * {@code text} with control characters (line breaks, tabs) as spaces and characters the font has no glyph for as
     * {@code ?}, so drawing it never fails.
     */
    String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.LINE_SEPARATOR) {
                printable.append(' ');
            } else if (cmap.getGlyphId(codePoint) == 0) {
                printable.append(NO_GLYPH);
            } else {
                printable.appendCodePoint(codePoint);
            }
        });
        return printable.toString();
    }

    /** The width of printable {@code text} at {@code size} points, in points. */
    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            units += advance(codePoint);
            i += Character.charCount(codePoint);
        }
        return units / 1000 * size;
    }

    /** The advance of one printable code point in 1/1000 of the font size. */
    float advance(int codePoint) {
        return advanceByCodePoint.computeIfAbsent(codePoint, this::measure);
    }

    private float measure(int codePoint) {
        try {
            return font.getStringWidth(Character.toString(codePoint));
        } catch (IOException e) {
            throw new UncheckedIOException("the font's width table could not be read", e);
        }
    }
}
