package org.huzhu.kiosk.config;

import java.util.Locale;
import java.util.Optional;

/**
 * What this installation is: a kiosk residents use by themselves, a counter where staff sign in with their card and
 * enrol and look after residents (ADR 0013), or a hospital's reception desk where a receptionist submits the
 * hospital's orders against patients' aid orders (ADR 0015). The same app, journal and sync in each; only the window
 * differs.
 */
public enum StationMode {
    KIOSK("kiosk"),
    COUNTER("counter"),
    HOSPITAL("hospital");

    private final String tag;

    StationMode(String tag) {
        this.tag = tag;
    }

    /** The value of {@code mode} in {@code kiosk.properties}. */
    public String tag() {
        return tag;
    }

    /** Staff sign in with their card at a normal window: never locked down as a kiosk. */
    public boolean staffStation() {
        return this != KIOSK;
    }

    public static Optional<StationMode> fromTag(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (StationMode mode : values()) {
            if (mode.tag.equals(wanted)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
