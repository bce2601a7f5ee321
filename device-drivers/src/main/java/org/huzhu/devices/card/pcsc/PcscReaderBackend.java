package org.huzhu.devices.card.pcsc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import org.huzhu.devices.card.reader.ReaderBackend;
import org.huzhu.devices.card.reader.ReaderSession;
import org.huzhu.devices.card.reader.ReaderStatus;
import org.huzhu.devices.card.reader.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Card readers through PC/SC ({@code javax.smartcardio}, preferably on jnasmartcardio, see {@link PcscProvider}).
 *
 * <p>The monitor's context is separate from the reader threads' contexts: pcsc-lite holds a context's lock for the
 * whole of a status wait, so a shared context would delay every card read by up to the wait time. Readers are compared
 * by name (jnasmartcardio's terminals have no {@code equals}). After a service failure the context is released and a
 * new factory makes a new one, which is what lets the kiosk survive a pcscd restart.
 *
 * <p>Confined to the reader service's monitor thread, except {@link #openSession}'s sessions (their reader's thread).
 */
public final class PcscReaderBackend implements ReaderBackend {

    private static final Logger LOG = LoggerFactory.getLogger(PcscReaderBackend.class);
    /** With the JDK provider every thread shares one context, so the monitor only naps instead of waiting in it. */
    private static final Duration SHARED_CONTEXT_POLL = Duration.ofMillis(100);

    private final PcscProvider provider;
    private CardTerminals terminals;

    private PcscReaderBackend(PcscProvider provider) {
        this.provider = provider;
    }

    /** jnasmartcardio if it loads, else the JDK's provider. Does not need pcscd to be running yet. */
    public static PcscReaderBackend create() {
        return new PcscReaderBackend(PcscProvider.choose());
    }

    @Override
    public String description() {
        return provider.description();
    }

    @Override
    public List<ReaderStatus> readers() throws ServiceUnavailableException {
        CardTerminals current = terminals();
        List<CardTerminal> list;
        try {
            list = current.list();
        } catch (CardException e) {
            throw serviceGone("listing readers", e);
        }
        List<ReaderStatus> statuses = new ArrayList<>(list.size());
        for (CardTerminal terminal : list) {
            try {
                statuses.add(new ReaderStatus(terminal.getName(), terminal.isCardPresent()));
            } catch (CardException e) {
                if (PcscErrors.isServiceGone(e)) {
                    throw serviceGone("reading reader state", e);
                }
                // Unplugged between list() and the state query: the next round will not list it.
                LOG.debug("Reader {} vanished while being listed: {}", terminal.getName(), e.getMessage());
            }
        }
        return statuses;
    }

    @Override
    public void awaitChange(Duration timeout) throws ServiceUnavailableException, InterruptedException {
        if (!provider.freshContexts()) {
            Thread.sleep(Math.min(timeout.toMillis(), SHARED_CONTEXT_POLL.toMillis()));
            return;
        }
        CardTerminals current = terminals();
        try {
            current.waitForChange(Math.max(1, timeout.toMillis()));
        } catch (CardException e) {
            if (PcscErrors.isServiceGone(e)) {
                throw serviceGone("waiting for a change", e);
            }
            LOG.debug("Waiting for a reader change failed: {}", e.getMessage());
            Thread.sleep(timeout.toMillis()); // do not spin on a persistent error
        }
    }

    @Override
    public void reconnect() throws ServiceUnavailableException {
        drop();
        terminals = provider.newTerminals();
    }

    @Override
    public ReaderSession openSession(String readerName) {
        return new PcscReaderSession(provider, readerName);
    }

    @Override
    public void close() {
        drop();
    }

    private CardTerminals terminals() throws ServiceUnavailableException {
        if (terminals == null) {
            terminals = provider.newTerminals();
        }
        return terminals;
    }

    private ServiceUnavailableException serviceGone(String what, CardException e) {
        drop();
        return new ServiceUnavailableException(what + ": " + e.getMessage(), e);
    }

    private void drop() {
        if (terminals != null) {
            provider.release(terminals);
            terminals = null;
        }
    }
}
