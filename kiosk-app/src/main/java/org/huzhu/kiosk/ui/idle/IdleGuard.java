package org.huzhu.kiosk.ui.idle;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.huzhu.kiosk.ui.kit.IdleTimer;

/**
 * Watches a signed-in session for a resident who walked away (WCAG 2.2.1 Timing Adjustable): after {@code promptAfter}
 * without input it asks "Do you need more time?" and counts down {@code countdown} one second at a time; "yes" goes
 * on with the session, "sign out" or no answer signs out. While the question is shown, only an answer counts: other
 * input neither answers it nor restarts the wait. FX thread only.
 */
final class IdleGuard {

    private final IdleQuestionModel model;
    private final java.time.Duration promptAfter;
    private final int countdownSeconds;
    private final Timeline countdown;
    private IdleTimer idleTimer;
    private Runnable signOut = () -> { };

    IdleGuard(IdleQuestionModel model, java.time.Duration promptAfter, java.time.Duration countdown) {
        this.model = model;
        this.promptAfter = promptAfter;
        this.countdownSeconds = (int) Math.max(1, countdown.toSeconds());
        this.countdown = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick()));
        this.countdown.setCycleCount(Animation.INDEFINITE);
    }

    /** Starts watching {@code scene} for input; {@code signOut} ends the session when nobody answers. */
    void start(Scene scene, Runnable signOutAction) {
        stop();
        this.signOut = signOutAction;
        this.idleTimer = new IdleTimer(scene, promptAfter, this::ask);
        idleTimer.start();
    }

    /** Stops watching and takes the question away, if shown. */
    void stop() {
        if (idleTimer != null) {
            idleTimer.stop();
            idleTimer = null;
        }
        countdown.stop();
        model.shown.set(false);
    }

    /** "Yes, continue": the question goes, and the wait starts again. */
    void keepGoing() {
        if (idleTimer == null) {
            return;
        }
        countdown.stop();
        model.shown.set(false);
        idleTimer.start();
    }

    /** "Sign out", or no answer in time. */
    void signOutNow() {
        Runnable action = signOut;
        stop();
        action.run();
    }

    private void ask() {
        idleTimer.stop();
        model.secondsLeft.set(countdownSeconds);
        model.shown.set(true);
        countdown.playFromStart();
    }

    private void tick() {
        int left = model.secondsLeft.get() - 1;
        model.secondsLeft.set(left);
        if (left <= 0) {
            signOutNow();
        }
    }
}
