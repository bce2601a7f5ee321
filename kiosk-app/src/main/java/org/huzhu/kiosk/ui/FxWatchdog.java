package org.huzhu.kiosk.ui;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.huzhu.kiosk.app.SystemdNotifier;
import org.huzhu.kiosk.ui.kit.FxThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the supervisor (systemd's {@code WatchdogSec=}, ADR 0020) that the screen is alive: a frozen screen must be
 * restarted, not only a dead process. Each round a small task is queued on the FX thread; {@code WATCHDOG=1} is sent
 * only if the FX thread ran it within the round. So a blocked FX thread (a long computation, a deadlock, a native call
 * that hangs in the glass) stops the pings, and the supervisor kills and restarts the kiosk after its timeout. The
 * datagram itself goes from this thread, never from the FX thread.
 *
 * <p>{@code WATCHDOG_PID} is not checked: under the kiosk session (cage) the supervisor's main process is cage and the
 * kiosk its child; the unit's {@code NotifyAccess=all} lets the child's messages count.
 */
public final class FxWatchdog implements AutoCloseable {

    /** What {@code systemctl status} shows once the windows are up. */
    public static final String READY_STATUS = "The kiosk's screen is up";
    private static final Logger LOG = LoggerFactory.getLogger(FxWatchdog.class);

    private final SystemdNotifier notifier;
    private final Duration round;
    private final Thread thread;

    private FxWatchdog(SystemdNotifier notifier, Duration round) {
        this.notifier = notifier;
        this.round = round;
        this.thread = Thread.ofPlatform().daemon().name("fx-watchdog").unstarted(this::run);
    }

    /**
     * Starts pinging if the environment names a notify socket, after {@code READY=1}. Under cage, XWayland may send a
     * bare {@code READY=1} of its own first (X servers built with systemd do); ours carries a {@code STATUS}. With {@code WATCHDOG_USEC} the
     * round is a third of the supervisor's timeout (systemd advises half; a third leaves a missed round to spare).
     * Call on the FX thread once the windows are shown.
     */
    public static Optional<FxWatchdog> start(Map<String, String> env) {
        Optional<SystemdNotifier> notifier = SystemdNotifier.fromEnvironment(env);
        notifier.ifPresent(n -> n.send("READY=1\nSTATUS=" + READY_STATUS));
        Optional<Duration> timeout = watchdogTimeout(env);
        if (notifier.isEmpty() || timeout.isEmpty()) {
            notifier.ifPresent(SystemdNotifier::close);
            return Optional.empty();
        }
        FxWatchdog watchdog = new FxWatchdog(notifier.get(), timeout.get().dividedBy(3));
        watchdog.thread.start();
        LOG.info("Watchdog: the FX thread proves itself alive every {} ms", watchdog.round.toMillis());
        return Optional.of(watchdog);
    }

    static Optional<Duration> watchdogTimeout(Map<String, String> env) {
        try {
            long micros = Long.parseLong(env.getOrDefault("WATCHDOG_USEC", ""));
            return micros > 0 ? Optional.of(Duration.ofNanos(micros * 1000)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                AtomicBoolean answered = new AtomicBoolean();
                FxThread.run(() -> answered.set(true));
                Thread.sleep(round);
                if (answered.get()) {
                    notifier.send("WATCHDOG=1");
                } else {
                    LOG.error("The FX thread has not answered for {} ms: no watchdog ping", round.toMillis());
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        notifier.send("STOPPING=1");
        notifier.close();
    }
}
