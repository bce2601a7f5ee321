package org.huzhu.kiosk.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.event.Event;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.huzhu.kiosk.app.KioskContext;
import org.huzhu.kiosk.speech.EspeakSpeaker;
import org.huzhu.kiosk.speech.Speaker;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.shell.ShellController;
import org.huzhu.themes.Theme;

/**
 * Builds the kiosk's one window: the shell with the attract screen, the base theme, and either kiosk mode (full screen,
 * undecorated, no keyboard exit, close requests ignored) or a normal resizable window for demo and development.
 */
public final class KioskWindow {

    static final double WINDOW_WIDTH = 1280;
    static final double WINDOW_HEIGHT = 800;

    private KioskWindow() {
    }

    /** Sets up {@code stage} (not yet shown) and shows it; reads aloud with espeak-ng if installed. FX thread only. */
    public static ShellController open(Stage stage, KioskContext context) {
        return open(stage, context, EspeakSpeaker.onSystemPath());
    }

    /** As {@link #open(Stage, KioskContext)}, with the given speech engine (empty: no read-aloud button). */
    public static ShellController open(Stage stage, KioskContext context, Optional<Speaker> speaker) {
        UiText text = new UiText(context.config().language());
        ShellController shell = new ShellController(context, text, speaker);
        // Never taller or wider than the screen: on a 1366 x 768 laptop the demo tray at the bottom must stay visible.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(shell.view().root(), Math.min(WINDOW_WIDTH, screen.getWidth()),
                Math.min(WINDOW_HEIGHT, screen.getHeight()));
        new SessionFlow(context, shell, text).start();
        scene.getStylesheets().add(Theme.baseStylesheet());
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.concat(text.text("app.title"), " · ", context.config().centreName()));
        if (context.config().kioskMode()) {
            lockDown(stage);
        } else {
            stage.setMinWidth(1024);
            stage.setMinHeight(700);
        }
        stage.setOnHidden(event -> shell.deactivate());
        stage.show();
        return shell;
    }

    private static void lockDown(Stage stage) {
        stage.initStyle(StageStyle.UNDECORATED);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        // Alt+F4 and the like: a resident must not be able to close the kiosk. Staff stop it from the service.
        stage.setOnCloseRequest(Event::consume);
    }
}
