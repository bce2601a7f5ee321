package org.huzhu.devices.card.reader;

import org.huzhu.devices.card.apdu.CardIOException;

/**
 * Everything one reader's thread needs to talk to that reader. For PC/SC it owns its own context, because pcsc-lite
 * serialises calls on a context and the monitor's long status wait would otherwise hold up every card read.
 * Confined to the reader's thread.
 */
public interface ReaderSession extends AutoCloseable {

    /** Connects to the card now in the reader. */
    CardConnection connect() throws CardIOException;

    @Override
    void close();
}
