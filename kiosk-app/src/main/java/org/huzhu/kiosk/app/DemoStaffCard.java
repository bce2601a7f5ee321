package org.huzhu.kiosk.app;

import java.nio.charset.StandardCharsets;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.piv.PinAnswer;
import org.huzhu.devices.card.piv.PivCard;
import org.huzhu.devices.card.piv.SignAnswer;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.devices.card.sim.SimulatedCard;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.kiosk.journal.JournalException;
import org.huzhu.kiosk.journal.StaffAuthoriser;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.Authorisation;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.crypto.StaffKeys;

/**
 * The demo social worker's PIV card, held in this process, signing the demo community's seed transactions as she
 * would at a counter: SELECT, VERIFY her PIN, GENERAL AUTHENTICATE, through the same PIV code a real card meets. Not
 * thread-safe; used once, at the first demo start.
 */
final class DemoStaffCard implements StaffAuthoriser {

    /** The demo social worker as an actor: her card's key name, signed in with card and PIN. */
    static final Actor ACTOR = new Actor(DemoCards.staffKeyFingerprint(), SignInMethod.STAFF_CARD_PIN);

    private final SimulatedCard card = DemoCards.staff();
    private final PivCard piv = new PivCard(card::process);
    private boolean pinVerified;

    @Override
    public Authorisation authorise(byte[] authorisedContent) throws JournalException {
        try {
            if (!pinVerified) {
                unlock();
            }
            SignAnswer answer = piv.signDigest(StaffKeys.digest(authorisedContent));
            if (!(answer instanceof SignAnswer.Signed signed)) {
                throw new JournalException("the demo staff card did not sign: " + answer);
            }
            return Authorisation.ofCardSignature(DemoCards.staffKeyFingerprint(), signed.signature());
        } catch (CardIOException | CardDataException e) {
            throw new JournalException("the demo staff card failed: " + e.getMessage(), e);
        }
    }

    private void unlock() throws CardIOException, CardDataException, JournalException {
        if (!piv.select()) {
            throw new JournalException("the demo staff card has no PIV application");
        }
        PinAnswer pin = piv.verifyPin(DemoCards.STAFF_PIN.getBytes(StandardCharsets.US_ASCII));
        if (!(pin instanceof PinAnswer.Verified)) {
            throw new JournalException("the demo staff card refused its PIN: " + pin);
        }
        pinVerified = true;
    }
}
