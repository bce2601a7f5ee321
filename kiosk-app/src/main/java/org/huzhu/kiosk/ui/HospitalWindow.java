package org.huzhu.kiosk.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.huzhu.kiosk.app.HospitalContext;
import org.huzhu.kiosk.ui.hospital.HospitalFlow;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.themes.Theme;

/**
 * Builds the hospital desk's window (issue 13): a normal window as the counter's, 1280 × 800 and never larger than
 * the screen, with the base theme at the counter's text size.
 */
public final class HospitalWindow {

    private HospitalWindow() {
    }

    /** Sets up {@code stage} (not yet shown) and shows it on the primary screen. FX thread only. */
    public static HospitalFlow open(Stage stage, HospitalContext context) {
        return open(stage, context, Screen.getPrimary().getVisualBounds());
    }

    /** As {@link #open(Stage, HospitalContext)}, fitting the window into {@code screen} (tests: smaller screens). */
    static HospitalFlow open(Stage stage, HospitalContext context, Rectangle2D screen) {
        UiText text = new UiText(context.station().config().language());
        HospitalFlow flow = new HospitalFlow(context, text);
        Scene scene = new Scene(new StackPane(flow.root()));
        scene.getStylesheets().add(Theme.baseStylesheet());
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.concat(text.text("hospital.window.title"), " · ",
                context.station().config().centreName()));
        CounterWindow.fit(stage, screen);
        stage.setOnHidden(event -> flow.stop());
        flow.start();
        stage.show();
        return flow;
    }
}
