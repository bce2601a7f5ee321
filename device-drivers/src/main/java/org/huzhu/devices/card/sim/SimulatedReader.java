package org.huzhu.devices.card.sim;

import org.huzhu.devices.card.apdu.ApduChannel;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.reader.CardConnection;

/**
 * One simulated reader slot. {@link #insert} is a tap, {@link #remove} takes the card away; a connection made before
 * a removal fails from then on, exactly like PC/SC's "card removed". Thread-safe (guarded by the backend's lock).
 */
public final class SimulatedReader {

    private final SimulatedReaderBackend backend;
    private final String name;
    private SimulatedCard card;
    private long insertion;
    private int commandsUntilRemoval = -1;
    private int commandsToGarble;

    SimulatedReader(SimulatedReaderBackend backend, String name) {
        this.backend = backend;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Puts a card on the reader (powered up and reset). Replaces any card already there. */
    public void insert(SimulatedCard newCard) {
        insertAndRemoveAfter(newCard, -1);
    }

    /**
     * Puts a card on the reader that leaves while the kiosk reads it: it answers {@code commands} command APDUs and
     * is gone when the next one arrives. Simulates a resident pulling the card away too early.
     */
    public void insertAndRemoveAfter(SimulatedCard newCard, int commands) {
        synchronized (backend.lock) {
            newCard.reset();
            card = newCard;
            insertion++;
            commandsUntilRemoval = commands;
            backend.changed();
        }
    }

    public void remove() {
        synchronized (backend.lock) {
            if (card != null) {
                card = null;
                backend.changed();
            }
        }
    }

    /**
     * Makes the next {@code commands} command APDUs fail as a communication error while the card stays put, like a
     * card not yet lying flat on the reader.
     */
    public void garbleNextCommands(int commands) {
        synchronized (backend.lock) {
            commandsToGarble = commands;
        }
    }

    public boolean hasCard() {
        synchronized (backend.lock) {
            return card != null;
        }
    }

    void detach() {
        card = null;
        insertion++;
    }

    /** Called with the backend's lock held. */
    CardConnection connect() throws CardIOException {
        if (card == null) {
            throw new CardIOException(CardIOException.Reason.CARD_REMOVED, "no card in " + name);
        }
        return new Connection(insertion);
    }

    private byte[] transmit(long connectedInsertion, byte[] command) throws CardIOException {
        synchronized (backend.lock) {
            if (card == null || insertion != connectedInsertion) {
                throw new CardIOException(CardIOException.Reason.CARD_REMOVED, "card left " + name);
            }
            if (commandsUntilRemoval == 0) {
                card = null;
                backend.changed();
                throw new CardIOException(CardIOException.Reason.CARD_REMOVED, "card left " + name + " mid-read");
            }
            if (commandsToGarble > 0) {
                commandsToGarble--;
                throw new CardIOException(CardIOException.Reason.COMMUNICATION, "garbled answer from " + name);
            }
            if (commandsUntilRemoval > 0) {
                commandsUntilRemoval--;
            }
            return card.process(command);
        }
    }

    private void resetCard(long connectedInsertion) {
        synchronized (backend.lock) {
            if (card != null && insertion == connectedInsertion) {
                card.reset();
            }
        }
    }

    /** A connection bound to one insertion of a card. */
    private final class Connection implements CardConnection {
        private final long connectedInsertion;

        Connection(long connectedInsertion) {
            this.connectedInsertion = connectedInsertion;
        }

        @Override
        public ApduChannel channel() {
            return command -> transmit(connectedInsertion, command);
        }

        @Override
        public void closeAndReset() {
            resetCard(connectedInsertion);
        }

        @Override
        public void close() {
            // Leave the card as it is.
        }
    }
}
