package org.huzhu.devices.card.sim;

/**
 * An application on a simulated card that answers commands itself (like a Java Card applet), for cards whose
 * application is not a set of record files: the PIV applet. {@link SimulatedCard} selects it by AID, passes it every
 * command while it is selected, and splits long answers into 61xx parts for GET RESPONSE, as a T=1 card's runtime
 * does.
 *
 * <p>Called with the card's lock held: implementations need no locking of their own but must not block.
 */
public interface CardApplet {

    /** The application identifier SELECT names. */
    byte[] aid();

    /** Selected by SELECT: the answer data (FCI or an application property template). */
    byte[] select();

    /**
     * One command APDU while selected. Never throws for any input.
     *
     * @param data the command data (empty if none)
     * @return answer data followed by SW1 SW2; the data may be longer than 256 bytes
     */
    byte[] process(int cla, int ins, int p1, int p2, byte[] data);

    /** Power-on or reset: security state (a verified PIN) is lost; retry counters stay, as on a real card. */
    void reset();
}
