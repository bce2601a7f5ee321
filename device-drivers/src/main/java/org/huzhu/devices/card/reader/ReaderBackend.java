package org.huzhu.devices.card.reader;

import java.time.Duration;
import java.util.List;

/**
 * Where readers come from: PC/SC ({@code PcscReaderBackend}) or the in-process simulation
 * ({@code SimulatedReaderBackend}). {@link ReaderService} is the only caller: {@link #readers}, {@link #awaitChange}
 * and {@link #reconnect} from its monitor thread, {@link #openSession} from the monitor thread and the returned session
 * from that reader's thread, {@link #close} after both are stopped.
 */
public interface ReaderBackend extends AutoCloseable {

    /** What the backend is, for diagnostics: e.g. "PC/SC (jnasmartcardio)". */
    String description();

    /** The readers and whether each has a card, now. */
    List<ReaderStatus> readers() throws ServiceUnavailableException;

    /**
     * Waits until reader or card state may have changed, at most {@code timeout}. May return early without a
     * change; the caller compares {@link #readers} itself.
     */
    void awaitChange(Duration timeout) throws ServiceUnavailableException, InterruptedException;

    /** Drops the connection to the service and makes a new one (after a {@link ServiceUnavailableException}). */
    void reconnect() throws ServiceUnavailableException;

    /** A session for one reader's thread; it connects lazily. */
    ReaderSession openSession(String readerName);

    @Override
    void close();
}
