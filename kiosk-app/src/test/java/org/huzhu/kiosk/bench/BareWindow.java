package org.huzhu.kiosk.bench;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The start-up benchmark's floor: a bare JavaFX window of the kiosk's size with one label, nothing else. Prints
 * {@code shown} once its window is up, then exits as the kiosk's timed run does. The main class is not the
 * {@link Application} itself: the java launcher refuses an Application main class whose JavaFX is on the class path.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window. */
    public static final class App extends Application {

        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("互助 Huzhu")), 1280, 800));
            stage.show();
            System.out.println("shown");
            PauseTransition painted = new PauseTransition(Duration.millis(500));
            painted.setOnFinished(event -> Platform.exit());
            painted.play();
        }
    }
}
