package org.huzhu.devices.card.apdu;

/**
 * The one thing a card protocol may do with a card: send a command APDU and get the response APDU back.
 *
 * <p>Card profiles only ever see this interface, never {@code javax.smartcardio}, so they are tested with canned
 * exchanges (ADR 0004) and wrapped by {@link ApduChannels} for logging and T=0 status handling.
 *
 * <p>Blocking. Implementations are not thread-safe: a channel belongs to the one reader thread that opened it.
 */
@FunctionalInterface
public interface ApduChannel {

    /**
     * Sends one command APDU (short form: CLA INS P1 P2 [Lc data] [Le]) and returns the card's answer: response
     * data followed by SW1 SW2, at least two bytes.
     *
     * @param command the command bytes; not modified and not kept
     * @return a new array of at least two bytes owned by the caller
     * @throws CardIOException if the card, the reader or the PC/SC service failed; the reason says which
     */
    byte[] transmit(byte[] command) throws CardIOException;
}
