package org.huzhu.devices.printer;

import java.util.ArrayList;
import java.util.List;

/** Wraps text to a number of printer columns, where a Chinese (full-width) character takes two. */
final class LineWrap {

    private LineWrap() {
    }

    static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = columnsOf(codePoint);
            if (used + width > columns && line.length() > 0) {
                if (codePoint == ' ') {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    used = 0;
                    lastSpace = -1;
                    i++;
                    continue;
                }
                String rest = "";
                if (lastSpace > 0) {
                    rest = line.substring(lastSpace + 1);
                    line.setLength(lastSpace);
                }
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                line.append(rest);
                used = columnsOf(rest);
                lastSpace = -1;
            }
            if (codePoint == ' ') {
                lastSpace = line.length();
            }
            line.appendCodePoint(codePoint);
            used += width;
            i += Character.charCount(codePoint);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static int columnsOf(String text) {
        return text.codePoints().map(LineWrap::columnsOf).sum();
    }

    /** Two columns for the CJK ideographs, kana, Hangul and full-width forms; one for the rest. */
    static int columnsOf(int codePoint) {
        boolean wide = (codePoint >= 0x1100 && codePoint <= 0x115F) || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F) || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6) || codePoint >= 0x20000;
        return wide ? 2 : 1;
    }
}
