package org.huzhu.kiosk.app;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.kiosk.diagnostics.Maintenance;
import org.huzhu.kiosk.community.Community;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.health.HealthMonitor;
import org.huzhu.kiosk.printing.StationPrinter;
import org.huzhu.kiosk.signin.CameraSignInService;
import org.huzhu.kiosk.signin.CodeSignIn;
import org.huzhu.kiosk.signin.SignInService;
import org.huzhu.kiosk.sync.SnapshotStateReader;
import org.huzhu.kiosk.sync.SyncService;

/**
 * What the UI is started with: the validated configuration, the clock it shows, and the
 * services screens use (so they never reach into storage or devices themselves).
 *
 * @param community     what signed-in residents do: bookings, time bank, volunteering
 * @param demoDevices   present in demo mode: the simulated reader and the demo cards to tap (also shown as a badge)
 * @param sync          present when the kiosk is enrolled with a server: background sync, its status for the "last
 *                      synced" line, and {@code nudge()} after each new transaction
 * @param snapshotState the server snapshot the kiosk works from (limits, age, what it covers)
 * @param codeSignIn    signs residents in with the text of a QR code the camera decoded: our resident codes, and
 *                      e-card codes once a deployment supplies an adapter (none ships)
 * @param camera        sign-in through the camera, by face or code ({@code available()} false without a camera)
 * @param health        the station's health checks, already running (ADR 0022): the kiosk rests when it cannot
 *                      serve safely
 * @param printer       the receipt printer (none configured: no receipts); in demo mode the demo's simulated one
 */
public record KioskContext(KioskConfig config, Clock clock, SignInService signIn, Community community,
        Optional<DemoDevices> demoDevices, Optional<SyncService> sync, SnapshotStateReader snapshotState,
        CodeSignIn codeSignIn, CameraSignInService camera, HealthMonitor health, Maintenance maintenance,
        StationPrinter printer) {

    public KioskContext {
        Objects.requireNonNull(config);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(signIn);
        Objects.requireNonNull(community);
        Objects.requireNonNull(demoDevices);
        Objects.requireNonNull(sync);
        Objects.requireNonNull(snapshotState);
        Objects.requireNonNull(codeSignIn);
        Objects.requireNonNull(maintenance);
        Objects.requireNonNull(camera);
        Objects.requireNonNull(health);
        Objects.requireNonNull(printer);
    }

    public boolean demo() {
        return demoDevices.isPresent();
    }
}
