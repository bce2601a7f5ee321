package org.huzhu.kiosk.ui.kit;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Parent;

/**
 * The controller third of the UI pattern (ADR 0002): the only public class of a feature. It owns the feature's model
 * (JavaFX properties, no logic) and view, handles what the user does, and calls services (never storage or devices
 * directly). The shell calls {@link #activate()} when the screen is shown and {@link #deactivate()} when it leaves,
 * so timers and subscriptions live exactly as long as the screen is visible.
 */
public interface Controller {

    View<?> view();

    default void activate() {
    }

    default void deactivate() {
    }

    /**
     * How a frame shows one screen at a time: {@code shown} (if any) stops its timers, {@code next}'s root goes into
     * {@code slot}, and then {@code next} starts. The frame takes {@code next} as its current screen first, so a screen
     * that navigates as it starts leaves the frame showing where it went.
     */
    static void replace(Controller shown, Controller next, ObjectProperty<Parent> slot) {
        if (shown != null) {
            shown.deactivate();
        }
        slot.set(next.view().root());
        next.activate();
    }
}
