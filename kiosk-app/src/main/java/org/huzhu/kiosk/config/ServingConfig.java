package org.huzhu.kiosk.config;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how the kiosk serves residents, and reports on itself (ADR 0022).
 *
 * @param centrePhone       the centre's phone number, shown when the kiosk is out of order (as written; empty: none)
 * @param openingHours      outside them the kiosk shows "closed, open again at …" and dims the screen
 * @param heartbeatInterval how often the kiosk sends its health to the server (the fleet view's "last seen")
 */
public record ServingConfig(String centrePhone, OpeningHours openingHours, Duration heartbeatInterval) {

    public static final Duration DEFAULT_HEARTBEAT = Duration.ofMinutes(5);
    public static final ServingConfig DEFAULTS = new ServingConfig("", OpeningHours.ALWAYS, DEFAULT_HEARTBEAT);

    public ServingConfig {
        centrePhone = centrePhone.strip();
        Objects.requireNonNull(openingHours);
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("the heartbeat interval must be positive");
        }
    }

    public ServingConfig withOpeningHours(OpeningHours hours) {
        return new ServingConfig(centrePhone, hours, heartbeatInterval);
    }

    public ServingConfig withCentrePhone(String phone) {
        return new ServingConfig(phone, openingHours, heartbeatInterval);
    }

    @Override
    public String toString() {
        return "phone " + (centrePhone.isEmpty() ? "none" : "set") + ", hours " + openingHours + ", heartbeat "
                + heartbeatInterval.toSeconds() + " s";
    }
}
