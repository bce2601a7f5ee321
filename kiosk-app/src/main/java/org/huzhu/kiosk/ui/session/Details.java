package org.huzhu.kiosk.ui.session;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.huzhu.themes.StyleClasses;

/** What / when / where rows in large type: the one way confirmations, receipts and bookings show their facts. */
public final class Details {

    /** One row: its name ("When") and value; {@code id} names the value label for tests. */
    public record Row(String id, String name, String value) {
    }

    private Details() {
    }

    public static GridPane grid(List<Row> rows) {
        GridPane grid = new GridPane(32, 0);
        grid.getStyleClass().add(StyleClasses.PANEL);
        // Compact, so a receipt's six rows and its note fit a 1024 x 768 window at the larger text: half the panel's
        // usual padding above and below, and a small gap between rows that grows with the text.
        grid.setStyle("-fx-padding: 0.5em 1em; -fx-vgap: 0.15em;");
        for (int i = 0; i < rows.size(); i++) {
            Label name = new Label(rows.get(i).name());
            name.getStyleClass().add(StyleClasses.MUTED);
            name.setMinWidth(Region.USE_PREF_SIZE); // a narrow window wraps the value, never cuts the name short
            Label value = new Label(rows.get(i).value());
            value.setId(rows.get(i).id());
            value.getStyleClass().add(StyleClasses.EMPHASIS);
            value.setWrapText(true);
            value.setMaxWidth(760);
            grid.addRow(i, name, value);
        }
        return grid;
    }
}
