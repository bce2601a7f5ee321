package org.huzhu.devices.card.reader;

import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.huzhu.devices.card.event.CardEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monitor thread's loop: watch the backend, turn differences between snapshots into reader attach/detach and card
 * arrival/removal, hand them to the reader's {@link ReaderWorker}, and reconnect when the service goes away.
 *
 * <p>Runs on one thread; {@link #worker}, {@link #readers} and {@link #serviceAvailable} may be called from any thread.
 */
final class ReaderMonitor implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderMonitor.class);
    /** Bounds how long {@link #stop} waits for the loop, and how late an unsignalled reader hot-plug is seen. */
    static final Duration WAIT_FOR_CHANGE = Duration.ofMillis(250);
    /** Between reconnect attempts while the service is missing: pcscd restarts in well under this. */
    static final Duration RECONNECT_INTERVAL = Duration.ofMillis(200);

    private final ReaderBackend backend;
    private final ReaderSettings settings;
    private final SafeListener listener;
    private final Map<String, ReaderWorker> workers = new ConcurrentHashMap<>();
    /** Workers whose threads may still run, including detached ones finishing their queue. */
    private final Queue<ReaderWorker> started = new ConcurrentLinkedQueue<>();
    private volatile List<ReaderStatus> lastSeen = List.of();
    private volatile boolean serviceAvailable = true;
    private volatile boolean stopping;
    private boolean noReaderReported;

    ReaderMonitor(ReaderBackend backend, ReaderSettings settings, SafeListener listener) {
        this.backend = backend;
        this.settings = settings;
        this.listener = listener;
    }

    @Override
    public void run() {
        try {
            while (!stopping) {
                watchOnce();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workers.values().forEach(ReaderWorker::shutdown);
        }
    }

    void stop() {
        stopping = true;
    }

    Optional<ReaderWorker> worker(String readerName) {
        return Optional.ofNullable(workers.get(readerName));
    }

    /** Every worker that was started, for the service's shutdown to wait on. */
    Iterable<ReaderWorker> allWorkers() {
        return started;
    }

    List<ReaderStatus> readers() {
        return lastSeen;
    }

    boolean serviceAvailable() {
        return serviceAvailable;
    }

    private void watchOnce() throws InterruptedException {
        try {
            List<ReaderStatus> statuses = backend.readers();
            long seenAt = System.nanoTime();
            if (!serviceAvailable) {
                LOG.info("Card reader service is back ({})", backend.description());
                serviceAvailable = true;
            }
            reconcile(statuses.stream().filter(status -> settings.accepts(status.name())).toList(), seenAt);
            backend.awaitChange(WAIT_FOR_CHANGE);
        } catch (ServiceUnavailableException e) {
            serviceLost(e);
            Thread.sleep(RECONNECT_INTERVAL.toMillis());
            reconnect();
        }
    }

    private void reconcile(List<ReaderStatus> statuses, long seenAt) {
        Set<String> present = new HashSet<>();
        for (ReaderStatus status : statuses) {
            present.add(status.name());
            ReaderWorker worker = workers.get(status.name());
            if (worker == null) {
                LOG.info("Card reader attached: {}", status.name());
                worker = ReaderWorker.attach(status.name(), backend, settings.identifier(), listener);
                workers.put(status.name(), worker);
                started.removeIf(ReaderWorker::isTerminated);
                started.add(worker);
            }
            worker.update(status.cardPresent(), seenAt);
        }
        for (Iterator<Map.Entry<String, ReaderWorker>> it = workers.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, ReaderWorker> entry = it.next();
            if (!present.contains(entry.getKey())) {
                LOG.info("Card reader detached: {}", entry.getKey());
                entry.getValue().detach();
                it.remove();
            }
        }
        lastSeen = List.copyOf(statuses);
        reportNoReader(statuses.isEmpty());
    }

    private void reportNoReader(boolean none) {
        if (none && !noReaderReported) {
            LOG.warn("No card reader connected{}", settings.readerHint().map(h -> " whose name contains " + h).orElse(""));
            listener.deliver(new CardEvent.NoReaderConnected(settings.readerHint()));
        }
        noReaderReported = none;
    }

    private void serviceLost(ServiceUnavailableException e) {
        if (!serviceAvailable) {
            return;
        }
        LOG.warn("Card reader service unavailable, retrying: {}", e.getMessage());
        serviceAvailable = false;
        workers.values().forEach(ReaderWorker::detach);
        workers.clear();
        lastSeen = List.of();
        noReaderReported = false;
        listener.deliver(new CardEvent.PcscServiceMissing());
    }

    private void reconnect() {
        try {
            backend.reconnect();
        } catch (ServiceUnavailableException e) {
            LOG.debug("Card reader service still unavailable: {}", e.getMessage());
        }
    }
}
