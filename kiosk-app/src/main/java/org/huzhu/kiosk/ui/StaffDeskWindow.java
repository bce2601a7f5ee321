package org.huzhu.kiosk.ui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.huzhu.kiosk.app.CounterContext;
import org.huzhu.kiosk.app.HospitalContext;
import org.huzhu.kiosk.app.KioskContext;
import org.huzhu.kiosk.ui.counter.CounterFlow;
import org.huzhu.kiosk.ui.counter.StaffDeskFlow;
import org.huzhu.kiosk.ui.hospital.HospitalFlow;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.themes.Theme;

/**
 * Builds a staff station's window: the counter's (ADR 0013) or a hospital desk's (issue 13). A normal, decorated
 * window for a staff PC, 1280 × 800 and at least that, but never larger than the screen it opens on (a 1366 × 768
 * laptop keeps its task bar), with the base theme at the counter's text size. FX thread only.
 */
public final class StaffDeskWindow {

    static final double WINDOW_WIDTH = 1280;
    static final double WINDOW_HEIGHT = 800;

    private StaffDeskWindow() {
    }

    /** Sets up {@code stage} (not yet shown) as the counter and shows it on the primary screen. */
    public static CounterFlow counter(Stage stage, CounterContext context) {
        return counter(stage, context, Screen.getPrimary().getVisualBounds());
    }

    /** As {@link #counter(Stage, CounterContext)}, fitting the window into {@code screen} (tests: smaller screens). */
    static CounterFlow counter(Stage stage, CounterContext context, Rectangle2D screen) {
        return open(stage, context.station(), text -> new CounterFlow(context, text),
                "counter.window.title", screen);
    }

    /** Sets up {@code stage} (not yet shown) as the hospital desk and shows it on the primary screen. */
    public static HospitalFlow hospital(Stage stage, HospitalContext context) {
        return hospital(stage, context, Screen.getPrimary().getVisualBounds());
    }

    /** As {@link #hospital(Stage, HospitalContext)}, fitting the window into {@code screen}. */
    static HospitalFlow hospital(Stage stage, HospitalContext context, Rectangle2D screen) {
        return open(stage, context.station(), text -> new HospitalFlow(context, text),
                "hospital.window.title", screen);
    }

    private static <F extends StaffDeskFlow> F open(Stage stage, KioskContext station,
                                                    Function<UiText, F> flowFor, String titleKey,
                                                    Rectangle2D screen) {
        UiText text = new UiText(station.config().language());
        F flow = flowFor.apply(text);
        double width = Math.min(WINDOW_WIDTH, screen.getWidth());
        double height = Math.min(WINDOW_HEIGHT, screen.getHeight());
        // The scene's root carries the theme's 24 px; the station's frame inside it scales to the counter's 18 px.
        // The scene gets its size now: in a window already showing at that size, nothing would resize it later and
        // it would keep its content's preferred size (seen: 1100 x 559 inside a 1280 x 800 window).
        Scene scene = new Scene(new StackPane(flow.root()), width, height);
        scene.getStylesheets().add(Theme.baseStylesheet());
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.concat(text.text(titleKey), " · ", station.config().centreName()));
        fit(stage, screen.getMinX(), screen.getMinY(), width, height);
        stage.setOnHidden(event -> flow.stop());
        flow.start();
        stage.show();
        return flow;
    }

    private static void fit(Stage stage, double x, double y, double width, double height) {
        stage.setMinWidth(width);
        stage.setMinHeight(height);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(x);
        stage.setY(y);
    }
}
