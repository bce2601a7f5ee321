package org.huzhu.kiosk.ui.counter.reports;

import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;
import org.huzhu.themes.StyleClasses;

/**
 * A small table of labels: a muted header row, then the rows, amounts aligned right so their digits line up. Labels
 * rather than a {@code TableView}: the counter shows a few rows a page, every value whole, never cut short by a cell.
 */
final class ReportGrid {

    /** A column: its header, and whether its values are amounts (aligned right). */
    record Column(String header, boolean amount) {
    }

    private ReportGrid() {
    }

    /** Cells get the ids {@code <idPrefix>-<row>-<column>}, rows counted on the page from 0. */
    static GridPane of(String idPrefix, List<Column> columns, List<List<String>> rows) {
        GridPane grid = new GridPane(20, 6);
        grid.getStyleClass().add(StyleClasses.PANEL);
        grid.setId(idPrefix);
        for (int c = 0; c < columns.size(); c++) {
            Label header = new Label(columns.get(c).header());
            header.getStyleClass().add(StyleClasses.MUTED);
            header.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(header, c, 0);
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHalignment(columns.get(c).amount() ? HPos.RIGHT : HPos.LEFT);
            grid.getColumnConstraints().add(constraints);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Label cell = new Label(rows.get(r).get(c));
                cell.setId(idPrefix + "-" + r + "-" + c);
                cell.setMinWidth(Region.USE_PREF_SIZE); // a name or an amount is never shortened to "…"
                if (columns.get(c).amount()) {
                    cell.setTextAlignment(TextAlignment.RIGHT); // the lines of a two-line amount line up too
                }
                grid.add(cell, c, r + 1);
            }
        }
        return grid;
    }
}
