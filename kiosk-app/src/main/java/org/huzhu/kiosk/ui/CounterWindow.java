package org.huzhu.kiosk.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.huzhu.kiosk.app.CounterContext;
import org.huzhu.kiosk.ui.counter.CounterFlow;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.themes.Theme;

/**
 * Builds the counter's window (ADR 0013): a normal, decorated window for a staff PC, 1280 × 800 and at least that,
 * but never larger than the screen it opens on (a 1366 × 768 laptop keeps its task bar), with the base theme at the
 * counter's text size.
 */
public final class CounterWindow {

    static final double WINDOW_WIDTH = 1280;
    static final double WINDOW_HEIGHT = 800;

    private CounterWindow() {
    }

    /** Sets up {@code stage} (not yet shown) and shows it on the primary screen. FX thread only. */
    public static CounterFlow open(Stage stage, CounterContext context) {
        return open(stage, context, Screen.getPrimary().getVisualBounds());
    }

    /** As {@link #open(Stage, CounterContext)}, fitting the window into {@code screen} (tests: smaller screens). */
    static CounterFlow open(Stage stage, CounterContext context, Rectangle2D screen) {
        UiText text = new UiText(context.station().config().language());
        CounterFlow flow = new CounterFlow(context, text);
        // The scene's root carries the theme's 24 px; the counter's frame inside it scales to the counter's 18 px.
        Scene scene = new Scene(new StackPane(flow.root()));
        scene.getStylesheets().add(Theme.baseStylesheet());
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.concat(text.text("counter.window.title"), " · ",
                context.station().config().centreName()));
        fit(stage, screen);
        stage.setOnHidden(event -> flow.stop());
        flow.start();
        stage.show();
        return flow;
    }

    /** A staff station's window size: 1280 × 800, never larger than {@code screen}, at its top left. */
    static void fit(Stage stage, Rectangle2D screen) {
        double width = Math.min(WINDOW_WIDTH, screen.getWidth());
        double height = Math.min(WINDOW_HEIGHT, screen.getHeight());
        stage.setMinWidth(width);
        stage.setMinHeight(height);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
    }
}
