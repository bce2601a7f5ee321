package org.huzhu.kiosk.ui.idle;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Scene;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;

/**
 * "Do you need more time?" over a signed-in session, for whichever frame shows one (the kiosk's shell, the counter's):
 * after the configured time without input it asks and counts down; no answer, or "sign out", ends the session (WCAG
 * 2.2.1). The frame puts {@link #view()} over its screen and makes the screen inert while {@link #shownProperty()} is
 * true. FX thread only.
 */
public final class IdleQuestionController implements Controller {

    private final IdleQuestionModel model = new IdleQuestionModel();
    private final IdleQuestionView view;
    private final IdleGuard guard;

    /**
     * @param promptAfter no input this long: ask
     * @param countdown   how long the question waits for an answer
     */
    public IdleQuestionController(UiText text, Duration promptAfter, Duration countdown) {
        this.guard = new IdleGuard(model, promptAfter, countdown);
        this.view = new IdleQuestionView(model, text, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    /** Starts watching {@code scene} for input; {@code signOut} ends the session when nobody answers. */
    public void watch(Scene scene, Runnable signOut) {
        guard.start(scene, signOut);
    }

    /** Stops watching and takes the question away, if shown. */
    public void stop() {
        guard.stop();
    }

    @Override
    public void deactivate() {
        guard.stop();
    }

    /** True while the question covers the screen. */
    public ReadOnlyBooleanProperty shownProperty() {
        return model.shown;
    }

    public boolean isShown() {
        return model.shown.get();
    }

    void onKeepGoing() {
        guard.keepGoing();
    }

    void onIdleSignOut() {
        guard.signOutNow();
    }
}
