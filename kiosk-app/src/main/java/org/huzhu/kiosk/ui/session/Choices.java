package org.huzhu.kiosk.ui.session;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;

/** Large choice buttons laid out two to a row: the one way screens offer a handful of choices. */
public final class Choices {

    /** The most primary choices one screen may offer (elder-friendly rule, issue 6). */
    public static final int MAX = 6;

    private Choices() {
    }

    public static Button button(String id, String label, Runnable action) {
        Button button = new Button(label);
        button.setId(id);
        button.setPrefWidth(460);
        // No fixed height: the theme's minimum (3em) holds, and two lines of larger text make it taller, not cut off.
        button.setWrapText(true);
        button.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        button.setOnAction(event -> action.run());
        return button;
    }

    public static GridPane grid(List<Button> buttons) {
        if (buttons.size() > MAX) {
            throw new IllegalArgumentException("at most " + MAX + " choices per screen, not " + buttons.size());
        }
        // Rows the elder audit's smallest gap (16 px) apart: on a 1024 x 768 window with the larger text two rows of
        // two-line choices still fit above Back and Home.
        GridPane grid = new GridPane(24, 16);
        grid.setAlignment(Pos.CENTER);
        for (int i = 0; i < buttons.size(); i++) {
            // As tall as the tallest in its row: a one-line "more" beside two-line tiles is not a smaller target.
            buttons.get(i).setMaxHeight(Double.MAX_VALUE);
            grid.add(buttons.get(i), i % 2, i / 2);
        }
        return grid;
    }
}
