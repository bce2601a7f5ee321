package org.huzhu.devices.card.pcsc;

import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import org.huzhu.devices.card.apdu.ApduChannel;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.reader.CardConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A connected {@link Card} seen as an {@link ApduChannel}. Confined to the reader's thread. */
final class PcscCardConnection implements CardConnection {

    private static final Logger LOG = LoggerFactory.getLogger(PcscCardConnection.class);

    private final Card card;
    private boolean closed;

    PcscCardConnection(Card card) {
        this.card = card;
    }

    @Override
    public ApduChannel channel() {
        return this::transmit;
    }

    private byte[] transmit(byte[] command) throws CardIOException {
        try {
            return card.getBasicChannel().transmit(new CommandAPDU(command)).getBytes();
        } catch (CardException e) {
            throw PcscErrors.toCardIOException("transmit", e);
        } catch (IllegalArgumentException e) {
            // jnasmartcardio and ResponseAPDU reject answers shorter than SW1 SW2 this way. Through pcscd that is
            // what a card leaving mid-command looks like (vpcd returns nothing), so it counts as a lost exchange.
            throw new CardIOException(CardIOException.Reason.COMMUNICATION, "response without status word", e);
        }
    }

    @Override
    public void closeAndReset() {
        disconnect(true);
    }

    @Override
    public void close() {
        disconnect(false);
    }

    private void disconnect(boolean reset) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            card.disconnect(reset);
        } catch (CardException e) {
            LOG.debug("Disconnect failed (card already gone): {}", e.getMessage());
        }
    }
}
