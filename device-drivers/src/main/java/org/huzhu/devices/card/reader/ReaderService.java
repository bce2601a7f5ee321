package org.huzhu.devices.card.reader;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.huzhu.devices.card.event.CardEventListener;
import org.huzhu.devices.card.piv.PivPin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's card readers: a monitor thread that watches readers and cards, one thread per reader for all card I/O,
 * and events to one listener (see {@link CardEventListener} for which thread calls it). Recovers on its own when the
 * service (pcscd) stops, restarts or starts late, and when readers are unplugged and plugged in again.
 *
 * <p>Owns the backend from {@link #start} on and closes it in {@link #close}. Thread-safe.
 */
public final class ReaderService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderService.class);
    static final String MONITOR_THREAD_NAME = "card-monitor";
    /** Thread names of the service all start with this; tests use it to find leaked threads. */
    public static final String THREAD_NAME_PREFIX = "card-";
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(3);

    private final ReaderBackend backend;
    private final ReaderMonitor monitor;
    private final Thread monitorThread;

    private ReaderService(ReaderBackend backend, ReaderSettings settings, CardEventListener listener) {
        this.backend = backend;
        this.monitor = new ReaderMonitor(backend, settings, new SafeListener(listener));
        this.monitorThread = new Thread(monitor, MONITOR_THREAD_NAME);
        this.monitorThread.setDaemon(true);
    }

    /** Starts watching; the first events (readers attached, or none) follow within milliseconds. */
    public static ReaderService start(ReaderBackend backend, ReaderSettings settings, CardEventListener listener) {
        ReaderService service = new ReaderService(backend, settings, listener);
        LOG.info("Card reader service starting on {}{}", backend.description(),
                settings.readerHint().map(hint -> ", readers matching '" + hint + "'").orElse(""));
        service.monitorThread.start();
        return service;
    }

    /** The readers in use (matching the hint) and whether each had a card, as the monitor last saw them. */
    public List<ReaderStatus> readers() {
        return monitor.readers();
    }

    /** False while the PC/SC service is missing. */
    public boolean serviceAvailable() {
        return monitor.serviceAvailable();
    }

    /**
     * Opens a signing session with the staff card in {@code readerName}, on that reader's thread: SELECT PIV, read the
     * PIV Authentication certificate (slot 9A), check that its key fingerprint is {@code keyFingerprint} (else
     * {@link StaffPinResult.NotTheSameCard}, and the PIN is not sent), VERIFY the PIN, have the card sign a random
     * challenge that must verify with the certificate's key (else NotTheSameCard: the card does not hold the key), and
     * keep the card connected so the PIN stays verified. Completes with {@link StaffPinResult.Accepted} holding the
     * session, which the caller owns and closes; never stays incomplete (TapAgain after
     * {@value ReaderWorker#SESSION_OPEN_SECONDS} s without an answer).
     *
     * <p>The kiosk never stores the PIN: it is copied here into a byte array that is wiped after the VERIFY command,
     * as is the command itself; the caller can and should wipe {@code pin} right after this call.
     *
     * @param keyFingerprint the {@code StaffCardIdentity.keyFingerprint()} read from this card before
     * @param pin the digits typed
     * @throws IllegalArgumentException before anything is sent if {@code pin} is not 6..8 ASCII digits (PIV PINs)
     */
    public CompletableFuture<StaffPinResult> openStaffSession(String readerName, String keyFingerprint, char[] pin) {
        byte[] digits = PivPin.toAsciiDigits(pin);
        return monitor.worker(readerName)
                .map(worker -> worker.openStaffSession(keyFingerprint, digits))
                .orElseGet(() -> {
                    PivPin.wipe(digits);
                    return CompletableFuture.completedFuture(new StaffPinResult.ReaderUnavailable(readerName));
                });
    }

    /**
     * Stops the monitor and reader threads, waits for them (a few seconds at most) and closes the backend. No events
     * follow. Call it from the thread that owns the service, never from inside a listener (it would wait for itself).
     */
    @Override
    public void close() {
        monitor.stop();
        monitorThread.interrupt();
        try {
            monitorThread.join(SHUTDOWN_WAIT.toMillis());
            for (ReaderWorker worker : monitor.allWorkers()) {
                if (!worker.awaitTermination(SHUTDOWN_WAIT)) {
                    LOG.warn("A card reader thread did not stop within {}", SHUTDOWN_WAIT);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (monitorThread.isAlive()) {
            LOG.warn("Card monitor thread did not stop within {}", SHUTDOWN_WAIT);
        }
        backend.close();
        LOG.info("Card reader service stopped");
    }
}
