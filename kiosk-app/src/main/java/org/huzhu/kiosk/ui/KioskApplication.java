package org.huzhu.kiosk.ui;

import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import org.huzhu.kiosk.app.CounterContext;
import org.huzhu.kiosk.app.HospitalContext;
import org.huzhu.kiosk.app.KioskContext;

/**
 * The JavaFX application: the kiosk's window, the counter's or the hospital desk's, or in the demo the kiosk's and one
 * of the others side by side.
 * {@link #launch(Optional, Optional)} blocks until every window is closed.
 */
public final class KioskApplication extends Application {

    // Application.launch instantiates this class itself, so the contexts are handed over through fields.
    private static volatile Optional<KioskContext> kiosk = Optional.empty();
    private static volatile Optional<CounterContext> counter = Optional.empty();
    private static volatile Optional<HospitalContext> hospital = Optional.empty();

    /** Opens the kiosk's window if {@code kioskContext} is present, the counter's if {@code counterContext} is. */
    public static void launch(Optional<KioskContext> kioskContext, Optional<CounterContext> counterContext) {
        if (kioskContext.isEmpty() && counterContext.isEmpty()) {
            throw new IllegalArgumentException("nothing to show: neither a kiosk nor a counter");
        }
        kiosk = kioskContext;
        counter = counterContext;
        Application.launch(KioskApplication.class);
    }

    /** Opens the hospital desk's window, and the kiosk's beside it if {@code kioskContext} is present (the demo). */
    public static void launchHospital(Optional<KioskContext> kioskContext, HospitalContext hospitalContext) {
        kiosk = kioskContext;
        hospital = Optional.of(hospitalContext);
        Application.launch(KioskApplication.class);
    }

    private Optional<FxWatchdog> watchdog = Optional.empty();

    @Override
    public void start(Stage stage) {
        kiosk.ifPresent(context -> KioskWindow.open(stage, context));
        counter.ifPresent(context -> StaffDeskWindow.counter(kiosk.isPresent() ? new Stage() : stage, context));
        hospital.ifPresent(context -> StaffDeskWindow.hospital(kiosk.isPresent() ? new Stage() : stage, context));
        // Ready once the windows are up; under systemd (or any supervisor of its notify protocol) a frozen screen is
        // then restarted.
        watchdog = FxWatchdog.start(System.getenv());
    }

    @Override
    public void stop() {
        watchdog.ifPresent(FxWatchdog::close);
    }
}
