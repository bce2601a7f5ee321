package org.huzhu.kiosk.report;

import java.util.List;

/** One table of a report or statement, language-specific, independent of the file format it is exported to. */
record ReportTable(String title, List<Column> columns, List<List<Cell>> rows) {

    ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(title + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }
}
