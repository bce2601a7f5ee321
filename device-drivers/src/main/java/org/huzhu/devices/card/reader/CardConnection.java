package org.huzhu.devices.card.reader;

import org.huzhu.devices.card.apdu.ApduChannel;

/** A connection to the card in one reader. Owned and used by that reader's thread only; closing it is required. */
public interface CardConnection extends AutoCloseable {

    /** The raw channel to the card (wrap it with {@code ApduChannels.standard}). */
    ApduChannel channel();

    /** Disconnects and resets the card, so a verified PIN does not stay verified for the next user. */
    void closeAndReset();

    /** Disconnects and leaves the card as it is. Never throws: a card that is already gone is fine. */
    @Override
    void close();
}
