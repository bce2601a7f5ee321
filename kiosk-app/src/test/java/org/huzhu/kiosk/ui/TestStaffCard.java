package org.huzhu.kiosk.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.piv.PinAnswer;
import org.huzhu.devices.card.piv.PivCard;
import org.huzhu.devices.card.piv.SignAnswer;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.devices.card.sim.SimulatedCard;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.journal.JournalException;
import org.huzhu.kiosk.journal.StaffAuthoriser;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.Authorisation;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.crypto.StaffKeys;
import org.huzhu.protocol.payload.Payload;

/**
 * A second simulated copy of 张丽's demo staff card, held by a test, for transactions a flow test needs the server to
 * have before the screens are used (a resident's phone, a resident enrolled elsewhere), without the counter's staff
 * reader: signed through the real PIV code, judged by the real server like any counter's.
 */
public final class TestStaffCard implements StaffAuthoriser {

    private static final Actor ACTOR = new Actor(DemoCards.staffKeyFingerprint(), SignInMethod.STAFF_CARD_PIN);

    private final SimulatedCard card = DemoCards.staff();
    private final PivCard piv = new PivCard(card::process);
    private boolean pinVerified;

    /** Records {@code payload} in {@code station}'s journal, signed on this card, and waits for it to be accepted. */
    static void recordAccepted(KioskRuntime station, Payload payload) throws Exception {
        recordAllAccepted(station, List.of(payload));
    }

    /** Records {@code payloads} in {@code station}'s journal at once, signed on this card, and waits for each verdict. */
    public static void recordAllAccepted(KioskRuntime station, List<? extends Payload> payloads) throws Exception {
        List<Transaction> recorded = station.journal().journal().recordAuthorised(payloads.stream()
                .map(payload -> new Journal.Step(payload, BusinessChange.NONE)).toList(), ACTOR, new TestStaffCard());
        for (Transaction transaction : recorded) {
            String verdict = TestCommunity.awaitVerdict(station, transaction.body().sequence());
            if (!"accepted".equals(verdict)) {
                throw new AssertionError("the server did not accept " + transaction.body().payload() + ": " + verdict);
            }
        }
    }

    @Override
    public Authorisation authorise(byte[] authorisedContent) throws JournalException {
        try {
            if (!pinVerified) {
                if (!piv.select() || !(piv.verifyPin(DemoCards.STAFF_PIN.getBytes(StandardCharsets.US_ASCII))
                        instanceof PinAnswer.Verified)) {
                    throw new JournalException("the test staff card did not unlock");
                }
                pinVerified = true;
            }
            SignAnswer answer = piv.signDigest(StaffKeys.digest(authorisedContent));
            if (!(answer instanceof SignAnswer.Signed signed)) {
                throw new JournalException("the test staff card did not sign: " + answer);
            }
            return Authorisation.ofCardSignature(DemoCards.staffKeyFingerprint(), signed.signature());
        } catch (CardIOException | CardDataException e) {
            throw new JournalException("the test staff card failed: " + e.getMessage(), e);
        }
    }
}
