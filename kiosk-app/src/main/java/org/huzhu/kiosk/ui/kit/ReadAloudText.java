package org.huzhu.kiosk.ui.kit;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;

/**
 * Builds the text a screen's speaker button reads: one line per label, each line read as a sentence. FX thread only.
 */
public final class ReadAloudText {

    private ReadAloudText() {
    }

    /** The texts of those of {@code labels} that are showing, in the order given. */
    public static String of(Labeled... labels) {
        List<String> lines = new ArrayList<>();
        for (Labeled label : labels) {
            if (isShowing(label) && !label.getText().isBlank()) {
                lines.add(label.getText().strip());
            }
        }
        return String.join("\n", lines);
    }

    /**
     * The text of every showing label under {@code root} in scene-graph order (top to bottom in a column), leaving out
     * buttons: what a screen says rather than what it offers.
     */
    public static String showingLabels(Parent root) {
        List<Labeled> labels = new ArrayList<>();
        collect(root, labels);
        return of(labels.toArray(Labeled[]::new));
    }

    private static void collect(Node node, List<Labeled> labels) {
        if (!node.isVisible() || node instanceof ButtonBase) {
            return;
        }
        if (node instanceof Labeled labeled) {
            labels.add(labeled);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, labels));
        }
    }

    private static boolean isShowing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
