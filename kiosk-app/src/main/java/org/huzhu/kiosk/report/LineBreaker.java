package org.huzhu.kiosk.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: at the last space when there is one (English), else between any two
 * characters (Chinese has no spaces and may break anywhere), except that closing punctuation never starts a line
 * (the Chinese line-breaking rule: a "；" or "）" stays with what it closes). Line breaks in the text are kept.
 */
final class LineBreaker {

    private static final String NO_LINE_START = "，。、；：！？）》」』】,.;:!?)";

    private LineBreaker() {
    }

    /** The lines of printable {@code text} at {@code size} points within {@code maxWidth} points; at least one line. */
    static List<String> lines(PdfFont font, String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r\n|\r|\n", -1)) {
            breakParagraph(font, font.printable(paragraph), size, maxWidth, lines);
        }
        return lines;
    }

    private static void breakParagraph(PdfFont font, String paragraph, float size, float maxWidth,
            List<String> lines) {
        float maxUnits = maxWidth * 1000 / size;
        int lineStart = 0;
        int lastSpace = -1;
        float units = 0;
        int i = 0;
        while (i < paragraph.length()) {
            int codePoint = paragraph.codePointAt(i);
            float advance = font.advance(codePoint);
            if (units + advance > maxUnits && i > lineStart) {
                int end;
                int next;
                if (codePoint == ' ') { // the space that overflows is the best place to break
                    end = i;
                    next = i + 1;
                } else if (lastSpace > lineStart) {
                    end = lastSpace;
                    next = lastSpace + 1;
                } else {
                    end = punctuationKeptBehind(paragraph, lineStart, i);
                    next = end;
                }
                lines.add(paragraph.substring(lineStart, end).stripTrailing());
                lineStart = next;
                lastSpace = -1;
                i = Math.max(i, next);
                units = font.width(paragraph.substring(lineStart, i), size) * 1000 / size;
                continue;
            }
            if (codePoint == ' ') {
                lastSpace = i;
            }
            units += advance;
            i += Character.charCount(codePoint);
        }
        lines.add(paragraph.substring(lineStart));
    }

    /** Where to break before {@code at}: one character earlier when {@code at} is closing punctuation. */
    private static int punctuationKeptBehind(String paragraph, int lineStart, int at) {
        if (NO_LINE_START.indexOf(paragraph.charAt(at)) < 0) {
            return at;
        }
        int previous = paragraph.offsetByCodePoints(at, -1);
        return previous > lineStart ? previous : at;
    }
}
