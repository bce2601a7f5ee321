package org.huzhu.kiosk.report;

import java.util.ArrayList;
import java.util.List;

/** How a table's columns share the page's width: arithmetic only, in points. */
final class ColumnWidths {

    private ColumnWidths() {
    }

    /**
     * The widths of {@code columns} across {@code width} points, given the width each needs for its widest value
     * ({@code natural}). Every column gets the width of its widest value when they all fit, and the room
     * left over is shared by {@link Column#widthShare()}. When they do not fit, amounts and dates keep their width (a
     * wrapped "1 小时 30 分钟" or date misleads) and the text columns (names, notes) share the rest and wrap.
     */
    static float[] across(List<Column> columns, float[] natural, float width) {
        float total = sum(natural, columns, true);
        if (total <= width) {
            return spread(natural, columns, width - total);
        }
        float fixed = total - sum(natural, columns, false);
        if (fixed < width / 2) {
            return shareAmongText(natural, columns, width - fixed);
        }
        return spread(new float[columns.size()], columns, width); // amounts alone too wide: by shares alone
    }

    /**
     * Gives the text columns {@code room} by share, except that a column needing less than its share gets just what
     * it needs and the rest goes to the others (so a short "what" column leaves room for a long note).
     */
    private static float[] shareAmongText(float[] natural, List<Column> columns, float room) {
        float[] widths = natural.clone();
        List<Integer> open = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (wraps(columns.get(c))) {
                open.add(c);
            }
        }
        boolean settled = false;
        while (!settled) {
            settled = true;
            double shares = open.stream().mapToDouble(c -> columns.get(c).widthShare()).sum();
            for (Integer c : List.copyOf(open)) {
                if (natural[c] <= room * columns.get(c).widthShare() / shares) {
                    room -= natural[c];
                    open.remove(c);
                    settled = false;
                }
            }
        }
        double shares = open.stream().mapToDouble(c -> columns.get(c).widthShare()).sum();
        for (Integer c : open) {
            widths[c] = (float) (room * columns.get(c).widthShare() / shares);
        }
        return widths;
    }

    /** Adds {@code room} to {@code widths} by share over every column. */
    private static float[] spread(float[] widths, List<Column> columns, float room) {
        double shares = columns.stream().mapToDouble(Column::widthShare).sum();
        float[] spread = widths.clone();
        for (int c = 0; c < spread.length; c++) {
            spread[c] += (float) (room * columns.get(c).widthShare() / shares);
        }
        return spread;
    }

    private static float sum(float[] widths, List<Column> columns, boolean everyColumn) {
        float sum = 0;
        for (int c = 0; c < widths.length; c++) {
            sum += everyColumn || wraps(columns.get(c)) ? widths[c] : 0;
        }
        return sum;
    }

    private static boolean wraps(Column column) {
        return column.kind() == Column.Kind.TEXT;
    }

}
