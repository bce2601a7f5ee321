package org.huzhu.themes;

import java.net.URL;
import java.util.Objects;

/**
 * The kiosk's stylesheets. Returns URLs as strings so this module needs no JavaFX: the app adds them to its scene.
 */
public final class Theme {

    /** Root font size of the base theme in pixels: the large-print body text size every {@code em} refers to. */
    public static final int BASE_FONT_SIZE_PX = 24;

    private static final String BASE_STYLESHEET = "base.css";

    private Theme() {
    }

    /** The base theme: high-contrast palette, large print. */
    public static String baseStylesheet() {
        return resource(BASE_STYLESHEET).toExternalForm();
    }

    static URL resource(String name) {
        return Objects.requireNonNull(Theme.class.getResource(name), () -> "theme resource missing: " + name);
    }
}
