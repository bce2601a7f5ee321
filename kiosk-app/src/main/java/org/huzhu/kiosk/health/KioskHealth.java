package org.huzhu.kiosk.health;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.huzhu.kiosk.signin.CameraSignInService;
import org.huzhu.kiosk.signin.SignInService;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.sync.SyncService;

/**
 * Builds a kiosk's {@link HealthMonitor} with the standard checks: card readers, the camera (only if the station has
 * one), sync age, disk space of the data folder, journal writability and the clock. A printer registers its own check
 * later ({@link HealthMonitor#register}).
 */
public final class KioskHealth {

    private KioskHealth() {
    }

    /** Not started: the caller starts it once the UI listens (a first report before that would go unseen). */
    public static HealthMonitor monitor(Clock clock, Duration interval, SignInService signIn,
            CameraSignInService camera, Optional<SyncService> sync, Path dataFolder, Database journal,
            ServerClock serverClock) {
        HealthMonitor monitor = new HealthMonitor(clock, interval);
        monitor.register(new CardReaderCheck(signIn));
        if (camera.available()) {
            monitor.register(new CameraCheck(camera));
        }
        monitor.register(new SyncAgeCheck(sync, clock));
        monitor.register(new DiskSpaceCheck(dataFolder));
        monitor.register(new JournalCheck(journal));
        monitor.register(new ClockCheck(serverClock, sync));
        return monitor;
    }
}
