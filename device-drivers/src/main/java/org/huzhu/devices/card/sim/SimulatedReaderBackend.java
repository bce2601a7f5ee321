package org.huzhu.devices.card.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.reader.CardConnection;
import org.huzhu.devices.card.reader.ReaderBackend;
import org.huzhu.devices.card.reader.ReaderSession;
import org.huzhu.devices.card.reader.ReaderStatus;
import org.huzhu.devices.card.reader.ServiceUnavailableException;

/**
 * Readers in software, for the demo (no pcscd) and for fast unit tests of the reader service. Cards are "tapped" with
 * {@link SimulatedReader#insert} and {@link SimulatedReader#remove}; readers can be plugged and unplugged and the
 * whole service made to vanish, so every path of the reader service can be driven without hardware.
 *
 * <p>Thread-safe: one lock guards all readers; the reader service's monitor waits on it for changes.
 */
public final class SimulatedReaderBackend implements ReaderBackend {

    final Object lock = new Object();
    private final Map<String, SimulatedReader> readers = new LinkedHashMap<>();
    private boolean serviceAvailable = true;
    private long changes;
    /** The change count the monitor's last {@link #readers} call saw, so a change right after it is not slept through. */
    private long changesSeenByMonitor;

    private SimulatedReaderBackend() {
    }

    public static SimulatedReaderBackend withReaders(String... readerNames) {
        SimulatedReaderBackend backend = new SimulatedReaderBackend();
        for (String name : readerNames) {
            backend.attachReader(name);
        }
        return backend;
    }

    /** The reader called {@code name}; throws {@link IllegalArgumentException} if there is none. */
    public SimulatedReader reader(String name) {
        synchronized (lock) {
            SimulatedReader reader = readers.get(name);
            if (reader == null) {
                throw new IllegalArgumentException("no simulated reader " + name);
            }
            return reader;
        }
    }

    /** Plugs in a reader (no card). */
    public SimulatedReader attachReader(String name) {
        synchronized (lock) {
            SimulatedReader reader = new SimulatedReader(this, name);
            readers.put(name, reader);
            changed();
            return reader;
        }
    }

    /** Unplugs a reader; its card goes with it. */
    public void detachReader(String name) {
        synchronized (lock) {
            SimulatedReader reader = readers.remove(name);
            if (reader != null) {
                reader.detach();
            }
            changed();
        }
    }

    /** Makes the whole reader service vanish (false) or come back (true), like stopping and starting pcscd. */
    public void setServiceAvailable(boolean available) {
        synchronized (lock) {
            serviceAvailable = available;
            changed();
        }
    }

    @Override
    public String description() {
        return "simulated readers (in-process)";
    }

    @Override
    public List<ReaderStatus> readers() throws ServiceUnavailableException {
        synchronized (lock) {
            requireService();
            changesSeenByMonitor = changes;
            List<ReaderStatus> statuses = new ArrayList<>();
            for (SimulatedReader reader : readers.values()) {
                statuses.add(new ReaderStatus(reader.name(), reader.hasCard()));
            }
            return statuses;
        }
    }

    @Override
    public void awaitChange(Duration timeout) throws ServiceUnavailableException, InterruptedException {
        synchronized (lock) {
            requireService();
            long deadline = System.nanoTime() + timeout.toNanos();
            long remaining = timeout.toMillis();
            while (changes == changesSeenByMonitor && remaining > 0) {
                lock.wait(remaining);
                remaining = (deadline - System.nanoTime()) / 1_000_000;
            }
        }
    }

    @Override
    public void reconnect() throws ServiceUnavailableException {
        synchronized (lock) {
            requireService();
        }
    }

    @Override
    public ReaderSession openSession(String readerName) {
        return new Session(readerName);
    }

    @Override
    public void close() {
        // Nothing to release: the simulated readers keep their cards for a new service.
    }

    /**
     * Whether the reader service's monitor has looked at the readers since the last change: a card taken away and
     * put back before it looks is, to the monitor, a card that never left (as on a real reader).
     */
    public boolean monitorUpToDate() {
        synchronized (lock) {
            return changesSeenByMonitor == changes;
        }
    }

    /** Called with {@link #lock} held whenever readers, cards or the service change. */
    void changed() {
        changes++;
        lock.notifyAll();
    }

    private void requireService() throws ServiceUnavailableException {
        if (!serviceAvailable) {
            throw new ServiceUnavailableException("simulated reader service is stopped");
        }
    }

    /** Connects to whatever card is in the reader at connect time. Confined to the reader's thread. */
    private final class Session implements ReaderSession {
        private final String readerName;

        Session(String readerName) {
            this.readerName = readerName;
        }

        @Override
        public CardConnection connect() throws CardIOException {
            synchronized (lock) {
                if (!serviceAvailable) {
                    throw new CardIOException(CardIOException.Reason.SERVICE_UNAVAILABLE, "service stopped");
                }
                SimulatedReader reader = readers.get(readerName);
                if (reader == null) {
                    throw new CardIOException(CardIOException.Reason.READER_UNAVAILABLE, readerName + " unplugged");
                }
                return reader.connect();
            }
        }

        @Override
        public void close() {
            // Sessions hold nothing.
        }
    }
}
