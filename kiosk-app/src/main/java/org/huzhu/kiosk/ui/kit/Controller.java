package org.huzhu.kiosk.ui.kit;

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
}
