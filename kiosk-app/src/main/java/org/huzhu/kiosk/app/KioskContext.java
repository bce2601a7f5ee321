package org.huzhu.kiosk.app;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.kiosk.community.Community;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.signin.SignInService;

/**
 * What the UI is started with: the validated configuration, the clock it shows, and the
 * services screens use (so they never reach into storage or devices themselves).
 *
 * @param community   what signed-in residents do: bookings, time bank, volunteering
 * @param demoDevices present in demo mode: the simulated reader and the demo cards to tap (also shown as a badge)
 */
public record KioskContext(KioskConfig config, Clock clock, SignInService signIn, Community community,
        Optional<DemoDevices> demoDevices) {

    public KioskContext {
        Objects.requireNonNull(config);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(signIn);
        Objects.requireNonNull(community);
        Objects.requireNonNull(demoDevices);
    }

    public boolean demo() {
        return demoDevices.isPresent();
    }
}
