package org.huzhu.kiosk.sync;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.huzhu.kiosk.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs in the background on its own daemon thread ({@code sync}): a round (deliver the outbox, then pull the
 * snapshot) at once when started, whenever {@link #nudge()} is called, and every {@code interval} otherwise. After a
 * failure that may pass (network, server busy, clock, local disk) it waits with {@link Backoff} (nudges do not cut
 * that wait short, so a busy kiosk does not hammer a server that is down); after one that needs staff it logs and
 * tries again at the backoff's cap. Nothing is lost across restarts: transactions sent but never answered are sent
 * again, and the server de-duplicates them.
 *
 * <p>Owns its {@link Synchronizer} and closes it. Thread-safe. Listeners are called on the sync thread: the UI hands
 * the status to the FX thread itself.
 */
public final class SyncService implements AutoCloseable {

    /**
     * @param servers   where to sync (the enrolled server's address, or the configured ones)
     * @param batchSize envelopes per request, 1..500
     * @param interval  the wait between rounds while all is well
     */
    public record Settings(ServerAddresses servers, int batchSize, Duration interval, Backoff backoff) {

        public Settings {
            Objects.requireNonNull(servers);
            Objects.requireNonNull(interval);
            Objects.requireNonNull(backoff);
            if (batchSize < 1 || interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("sync needs a positive batch size and interval");
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final Synchronizer synchronizer;
    private final Settings settings;
    private final RandomGenerator random;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    /** Guards {@link #nudged} and {@link #closed}; the sync thread waits on it. */
    private final Object signal = new Object();
    private boolean nudged;
    private boolean closed;
    private volatile SyncStatus status;
    private final Thread thread;

    private SyncService(Synchronizer synchronizer, Settings settings, RandomGenerator random, SyncStatus initial) {
        this.synchronizer = synchronizer;
        this.settings = settings;
        this.random = random;
        this.status = initial;
        this.thread = Thread.ofPlatform().name("sync").daemon().start(this::run);
    }

    /**
     * Starts syncing; the first round begins at once. Blocking briefly (reads the outbox for the first status).
     *
     * @param random the jitter's source (tests pass a seeded one)
     */
    public static SyncService start(Synchronizer synchronizer, Settings settings, RandomGenerator random)
            throws StorageException {
        SyncStatus initial = new SyncStatus(lastSuccess(synchronizer), synchronizer.pendingCount(), Optional.empty());
        return new SyncService(synchronizer, settings, random, initial);
    }

    /** Asks for a round soon (e.g. after a transaction was appended); returns at once. */
    public void nudge() {
        synchronized (signal) {
            nudged = true;
            signal.notifyAll();
        }
    }

    /**
     * Starts sync over with a server restored from an older backup ({@link Synchronizer#startOver}), then asks for a
     * round. A staff action; blocks on the network: never call it on the FX thread.
     *
     * @return how many transactions will be sent again
     */
    public int startOver() throws SyncException, StorageException {
        int requeued = synchronizer.startOver(settings.servers());
        nudge();
        return requeued;
    }

    /** The latest status; never blocks. */
    public SyncStatus status() {
        return status;
    }

    /** {@code listener} gets every new status, on the sync thread; it must return quickly. */
    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** {@code listener} gets no more statuses (a screen that listened while shown). */
    public void removeListener(Consumer<SyncStatus> listener) {
        listeners.remove(listener);
    }

    /** Stops promptly: abandons a request in flight (nothing is lost) and waits for the thread to end. */
    @Override
    public void close() {
        synchronized (signal) {
            closed = true;
            signal.notifyAll();
        }
        synchronizer.close();
        try {
            if (!thread.join(STOP_TIMEOUT)) {
                LOG.warn("The sync thread did not stop within {} s", STOP_TIMEOUT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        int failures = 0;
        while (true) {
            Optional<SyncProblem> problem = round();
            failures = problem.isEmpty() ? 0 : failures + 1;
            Duration wait = problem.isEmpty() ? settings.interval()
                    : problem.get().retryable() ? settings.backoff().delay(failures, random) : settings.backoff().cap();
            LOG.debug("Next sync round in {} ms", wait.toMillis());
            if (!awaitNextRound(wait, problem.isEmpty())) {
                return;
            }
        }
    }

    /** One round; publishes the status and returns the problem, if any. */
    private Optional<SyncProblem> round() {
        Optional<SyncProblem> problem;
        try {
            Synchronizer.Round round = synchronizer.syncOnce(settings.servers(), settings.batchSize());
            LOG.debug("Synced: {}; snapshot version {}", round.delivery(), round.snapshot().version());
            problem = Optional.empty();
        } catch (SyncException e) {
            problem = Optional.of(e.problem());
            logFailure(e.problem(), e.getMessage());
        } catch (StorageException e) {
            problem = Optional.of(SyncProblem.LOCAL_STORAGE);
            logFailure(SyncProblem.LOCAL_STORAGE, e.getMessage());
        } catch (RuntimeException e) {
            // A bug, not a network state: the trace goes to the log, and sync keeps trying (at the slow pace staff
            // problems get) instead of this thread ending and the kiosk never syncing again until it restarts.
            LOG.error("Sync round failed unexpectedly", e);
            problem = Optional.of(SyncProblem.NEEDS_STAFF);
        }
        if (!isClosed()) {
            publish(problem);
        }
        return problem;
    }

    /** Logs once when sync starts failing or fails differently, and once when it recovers; the rest at debug. */
    private void logFailure(SyncProblem problem, String message) {
        if (isClosed()) {
            return; // a request abandoned by close() is not a problem worth reporting
        }
        if (status.problem().equals(Optional.of(problem))) {
            LOG.debug("Sync still failing ({}): {}", problem, message);
        } else {
            LOG.warn("Sync failed ({}): {}", problem, message);
        }
    }

    private void publish(Optional<SyncProblem> problem) {
        if (problem.isEmpty() && status.failing()) {
            LOG.info("Sync works again");
        }
        SyncStatus next;
        try {
            next = new SyncStatus(lastSuccess(synchronizer), synchronizer.pendingCount(), problem);
        } catch (StorageException e) {
            LOG.warn("Cannot read the sync state: {}", e.getMessage());
            next = new SyncStatus(status.lastSuccess(), status.pending(), Optional.of(SyncProblem.LOCAL_STORAGE));
        }
        status = next;
        for (Consumer<SyncStatus> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                // A faulty listener (a UI bug) must not stop the kiosk from syncing.
                LOG.error("A sync status listener failed", e);
            }
        }
    }

    private static Optional<Instant> lastSuccess(Synchronizer synchronizer) throws StorageException {
        return synchronizer.binding().flatMap(ServerBinding::lastSuccess);
    }

    /**
     * Waits {@code wait}, or less if nudged and {@code wakeOnNudge}; false once closed. A nudge that arrives during a
     * round is kept, so the round it asked for still happens.
     */
    private boolean awaitNextRound(Duration wait, boolean wakeOnNudge) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (signal) {
            try {
                while (!closed) {
                    long remaining = deadline - System.nanoTime();
                    if ((wakeOnNudge && nudged) || remaining <= 0) {
                        nudged = false;
                        return true;
                    }
                    TimeUnit.NANOSECONDS.timedWait(signal, remaining);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    private boolean isClosed() {
        synchronized (signal) {
            return closed;
        }
    }
}
