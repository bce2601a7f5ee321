package org.huzhu.kiosk.ui.kit;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import javafx.scene.layout.Region;
import org.huzhu.themes.StyleClasses;

/**
 * The one way a part of a screen gives way on a small window (issue 15: 1024 × 768 with larger text): it scrolls,
 * so its texts keep their whole words (they wrap at the width there is) and nothing is pushed out of the window.
 * The part keeps the page's background ({@link StyleClasses#SCROLL_AREA}); a finger drags it. FX thread only.
 */
public final class ScrollArea {

    private ScrollArea() {
    }

    /**
     * {@code content} as wide as the area (long lines wrap) and as tall (a pane shrinks towards its minimum as it
     * would outside), scrolling up and down only when its minimum is taller: give a part that must never shrink (a
     * column of long sentences) {@code setMinHeight(USE_PREF_SIZE)}. Use it for a screen's middle, between a title
     * and buttons that must stay in place (Back, Home, the main action).
     */
    public static ScrollPane vertical(Node content) {
        ScrollPane area = area(content);
        area.setFitToWidth(true);
        area.setFitToHeight(true);
        area.setHbarPolicy(ScrollBarPolicy.NEVER);
        return area;
    }

    /**
     * A row that keeps every item at its full width, across the whole area when it fits, else scrolling sideways
     * (the demo tray on a 1024 px wide window).
     */
    public static ScrollPane sideways(Region row) {
        row.setMinWidth(Region.USE_PREF_SIZE); // no item is squeezed into an ellipsis: the row scrolls instead
        ScrollPane area = area(row);
        area.setFitToWidth(true);
        area.setFitToHeight(true);
        area.setVbarPolicy(ScrollBarPolicy.NEVER);
        // The bar only while the row is wider, and then always counted in the area's height: an "as needed" bar
        // would be laid over the bottom of the row's items instead.
        javafx.beans.InvalidationListener barWhenWider = observable -> area.setHbarPolicy(
                row.prefWidth(-1) > area.getWidth() ? ScrollBarPolicy.ALWAYS : ScrollBarPolicy.NEVER);
        area.widthProperty().addListener(barWhenWider);
        row.widthProperty().addListener(barWhenWider);
        area.setMinHeight(Region.USE_PREF_SIZE); // as tall as the row, plus its bar when it scrolls
        return area;
    }

    /**
     * {@code area}'s viewport drawn like the rest of the screen, not kept as a cached bitmap (the skin's default, for
     * fast scrolling): with Prism's software renderer (the headless tests, a kiosk without a graphics driver) a
     * picture of a cached viewport has its backgrounds but none of its texts. These areas seldom scroll. For a scroll
     * pane made elsewhere too (the demo printer's paper roll).
     */
    public static void drawnUncached(ScrollPane area) {
        area.skinProperty().addListener((observable, before, skin) -> {
            Node viewport = area.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
    }

    private static ScrollPane area(Node content) {
        ScrollPane area = new ScrollPane(content);
        area.getStyleClass().add(StyleClasses.SCROLL_AREA);
        area.setPannable(true);
        area.setFocusTraversable(false); // arrow keys and Tab belong to the screen's buttons
        drawnUncached(area);
        return area;
    }
}
