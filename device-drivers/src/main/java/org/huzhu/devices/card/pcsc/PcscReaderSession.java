package org.huzhu.devices.card.pcsc;

import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.reader.CardConnection;
import org.huzhu.devices.card.reader.ReaderSession;
import org.huzhu.devices.card.reader.ServiceUnavailableException;

/**
 * One reader's own PC/SC context (with jnasmartcardio), opened at the first connect and dropped after a service
 * failure so the next connect opens a new one. Confined to the reader's thread.
 */
final class PcscReaderSession implements ReaderSession {

    /** "*": let PC/SC choose T=0 or T=1, whatever the card offers. Shared access: other apps may read too. */
    private static final String ANY_PROTOCOL = "*";

    private final PcscProvider provider;
    private final String readerName;
    private CardTerminals terminals;
    private CardTerminal terminal;

    PcscReaderSession(PcscProvider provider, String readerName) {
        this.provider = provider;
        this.readerName = readerName;
    }

    @Override
    public CardConnection connect() throws CardIOException {
        CardTerminal current = terminal();
        try {
            Card card = current.connect(ANY_PROTOCOL);
            return new PcscCardConnection(card);
        } catch (CardException e) {
            CardIOException failure = PcscErrors.toCardIOException("connecting to " + readerName, e);
            if (failure.reason() == CardIOException.Reason.SERVICE_UNAVAILABLE
                    || failure.reason() == CardIOException.Reason.READER_UNAVAILABLE) {
                close();
            }
            throw failure;
        }
    }

    private CardTerminal terminal() throws CardIOException {
        if (terminal != null) {
            return terminal;
        }
        try {
            if (terminals == null) {
                terminals = provider.newTerminals();
            }
            terminal = terminals.getTerminal(readerName);
        } catch (ServiceUnavailableException e) {
            throw new CardIOException(CardIOException.Reason.SERVICE_UNAVAILABLE, e.getMessage(), e);
        }
        if (terminal == null) {
            throw new CardIOException(CardIOException.Reason.READER_UNAVAILABLE, readerName + " is not connected");
        }
        return terminal;
    }

    @Override
    public void close() {
        terminal = null;
        if (terminals != null) {
            provider.release(terminals);
            terminals = null;
        }
    }
}
