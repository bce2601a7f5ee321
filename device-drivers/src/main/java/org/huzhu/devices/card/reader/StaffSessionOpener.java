package org.huzhu.devices.card.reader;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.huzhu.devices.card.apdu.ApduChannel;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.identity.StaffCardIdentity;
import org.huzhu.devices.card.piv.EcdsaSignatures;
import org.huzhu.devices.card.piv.P256PublicKey;
import org.huzhu.devices.card.piv.PinAnswer;
import org.huzhu.devices.card.piv.PivCard;
import org.huzhu.devices.card.piv.SignAnswer;
import org.huzhu.devices.card.piv.StaffCertificates;
import org.huzhu.devices.card.tlv.CardDataException;

/**
 * The steps of opening a staff session on a connected card, on the reader's thread: same certificate as before, PIN,
 * then proof of the key. Stateless apart from its random source.
 *
 * <p>Why the proof: a certificate is public, so a card made to show a copied one and to answer 9000 to any PIN would
 * otherwise be Accepted. Signing a fresh random challenge and checking it with the certificate's key shows the card
 * holds the private key, so {@link StaffPinResult.Accepted} means "the registered card, with its PIN".
 */
final class StaffSessionOpener {

    private static final SecureRandom RANDOM = new SecureRandom();

    private StaffSessionOpener() {
    }

    /**
     * @return the result, and in {@link StaffPinResult.Accepted} a session that now owns {@code connection}; for any
     *     other result the caller still owns the connection and resets it
     */
    static StaffPinResult open(String readerName, CardConnection connection, ApduChannel channel,
                               String keyFingerprint, byte[] pinDigits, Executor readerThread)
            throws CardIOException, CardDataException {
        PivCard card = new PivCard(channel);
        Optional<StaffCardIdentity> identity = card.readIdentity();
        if (identity.isEmpty() || !identity.get().keyFingerprint().equals(keyFingerprint)) {
            return new StaffPinResult.NotTheSameCard();
        }
        switch (card.verifyPin(pinDigits)) {
            case PinAnswer.Wrong wrong -> {
                return new StaffPinResult.WrongPin(wrong.triesLeft());
            }
            case PinAnswer.Blocked blocked -> {
                return new StaffPinResult.Blocked();
            }
            case PinAnswer.Verified verified -> {
                // Go on below.
            }
        }
        P256PublicKey key = StaffCertificates.publicKey(identity.get().certificate());
        if (!holdsKey(card, key)) {
            return new StaffPinResult.NotTheSameCard();
        }
        return new StaffPinResult.Accepted(
                new PivStaffSession(readerName, identity.get(), key, connection, card, readerThread));
    }

    private static boolean holdsKey(PivCard card, P256PublicKey key) throws CardIOException, CardDataException {
        byte[] challenge = new byte[32];
        RANDOM.nextBytes(challenge);
        return card.signDigest(challenge) instanceof SignAnswer.Signed signed
                && EcdsaSignatures.verifiesDigest(key.toJavaKey(), challenge, signed.signature());
    }
}
