package org.huzhu.kiosk.ui.kit;

import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/**
 * Runs an action after a stretch of time with no input anywhere in the scene (touch, mouse, keyboard): how a session
 * left at the kiosk signs itself out. Every input restarts the wait. FX thread only.
 */
public final class IdleTimer {

    private final Scene scene;
    private final PauseTransition wait;
    private final EventHandler<Event> restartOnInput;

    public IdleTimer(Scene scene, java.time.Duration idle, Runnable onIdle) {
        this.scene = scene;
        this.wait = new PauseTransition(Duration.millis(idle.toMillis()));
        wait.setOnFinished(event -> onIdle.run());
        this.restartOnInput = event -> wait.playFromStart();
    }

    public void start() {
        scene.addEventFilter(InputEvent.ANY, restartOnInput);
        wait.playFromStart();
    }

    public void stop() {
        scene.removeEventFilter(InputEvent.ANY, restartOnInput);
        wait.stop();
    }
}
