package org.huzhu.kiosk.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.huzhu.kiosk.app.CounterContext;
import org.huzhu.kiosk.app.HospitalContext;
import org.huzhu.kiosk.app.KioskContext;
import org.huzhu.kiosk.ui.kit.FxThread;

/**
 * The JavaFX side of the process: the kiosk's window, the counter's or the hospital desk's, or in the demo the kiosk's
 * and one of the others side by side. The JavaFX runtime is started with {@link Platform#startup} rather than
 * {@code Application.launch}, so that {@link #startToolkit()} can bring it up on a thread of its own while the journal
 * and readers open on the main thread (ADR 0020, fast start); work that can wait longer waits for
 * {@link #firstScreenShown()}. {@link #launch} and {@link #launchHospital} block until every window is closed.
 */
public final class KioskApplication {

    /**
     * System property: show the windows, then close them and exit normally. For the training run that writes the AOT
     * cache ({@code -XX:AOTCacheOutput}, written when the JVM exits) and for the start-up benchmark.
     */
    public static final String EXIT_WHEN_SHOWN = "huzhu.exitWhenShown";

    private static final AtomicBoolean STARTING = new AtomicBoolean();
    private static final AtomicInteger EXIT_CODE = new AtomicInteger();
    private static final CompletableFuture<Void> TOOLKIT = new CompletableFuture<>();
    private static final CompletableFuture<Void> FIRST_SCREEN = new CompletableFuture<>();
    /** The exit code {@link #stop} was called with, or -1: windows opening after it close at once. */
    private static final AtomicInteger STOPPED_WITH = new AtomicInteger(-1);

    private KioskApplication() {
    }

    /** Starts the JavaFX runtime in the background, once; the first window waits for it. Any thread. */
    public static void startToolkit() {
        if (STARTING.compareAndSet(false, true)) {
            Thread.ofPlatform().name("fx-startup").daemon(true).start(() -> {
                try {
                    Platform.startup(() -> TOOLKIT.complete(null));
                } catch (RuntimeException e) {
                    TOOLKIT.completeExceptionally(e);
                }
            });
        }
    }

    /**
     * Closes every window, so that {@link #launch} returns {@code exitCode} (the maintenance screen's restart and
     * leave-kiosk-mode, which the supervisor tells apart). FX thread only.
     */
    public static void closeAll(int exitCode) {
        EXIT_CODE.set(exitCode);
        List.copyOf(Window.getWindows()).forEach(Window::hide);
    }

    /**
     * Completes once the first windows have been shown and laid out: what start-up work that can wait waits for (the
     * key store, ADR 0020). Never completes in a process that shows no window.
     */
    public static CompletionStage<Void> firstScreenShown() {
        return FIRST_SCREEN.minimalCompletionStage();
    }

    /**
     * Closes every window, or those about to open, so that {@link #launch} returns {@code exitCode}: the station cannot
     * go on (its key did not open). Any thread.
     */
    public static void stop(int exitCode) {
        STOPPED_WITH.set(exitCode);
        TOOLKIT.thenRun(() -> FxThread.run(() -> closeAll(exitCode)));
    }

    /**
     * Opens the kiosk's window if {@code kioskContext} is present, the counter's if {@code counterContext} is; returns
     * the process's exit code once every window is closed.
     */
    public static int launch(Optional<KioskContext> kioskContext, Optional<CounterContext> counterContext)
            throws InterruptedException {
        if (kioskContext.isEmpty() && counterContext.isEmpty()) {
            throw new IllegalArgumentException("nothing to show: neither a kiosk nor a counter");
        }
        return show(stage -> {
            kioskContext.ifPresent(context -> KioskWindow.open(stage, context));
            counterContext.ifPresent(context -> StaffDeskWindow.counter(
                    kioskContext.isPresent() ? new Stage() : stage, context));
        });
    }

    /** Opens the hospital desk's window, and the kiosk's beside it if {@code kioskContext} is present (the demo). */
    public static int launchHospital(Optional<KioskContext> kioskContext, HospitalContext hospitalContext)
            throws InterruptedException {
        return show(stage -> {
            kioskContext.ifPresent(context -> KioskWindow.open(stage, context));
            StaffDeskWindow.hospital(kioskContext.isPresent() ? new Stage() : stage, hospitalContext);
        });
    }

    private interface Windows {
        void open(Stage first);
    }

    private static int show(Windows windows) throws InterruptedException {
        startToolkit();
        TOOLKIT.join();
        CountDownLatch allClosed = new CountDownLatch(1);
        CompletableFuture<Optional<FxWatchdog>> watchdog = new CompletableFuture<>();
        Platform.setImplicitExit(true);
        FxThread.run(() -> {
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                if (Window.getWindows().isEmpty()) {
                    allClosed.countDown();
                }
            });
            windows.open(new Stage());
            if (STOPPED_WITH.get() >= 0) {
                closeAll(STOPPED_WITH.get());
            }
            // Ready once the windows are up; under systemd (or any supervisor of its notify protocol) a frozen screen
            // is then restarted.
            watchdog.complete(FxWatchdog.start(System.getenv()));
            // On a later pulse than the one that lays the windows out and draws them.
            PauseTransition drawn = new PauseTransition(Duration.millis(1));
            drawn.setOnFinished(event -> FIRST_SCREEN.complete(null));
            drawn.play();
            if (Boolean.getBoolean(EXIT_WHEN_SHOWN)) {
                // The first screen, a moment to paint, then out.
                PauseTransition painted = new PauseTransition(Duration.millis(500));
                painted.setOnFinished(event -> closeAll(0));
                painted.play();
            }
        });
        allClosed.await();
        watchdog.join().ifPresent(FxWatchdog::close);
        return EXIT_CODE.get();
    }
}
