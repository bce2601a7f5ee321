package org.huzhu.kiosk.staff;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.huzhu.devices.card.reader.StaffCardSession;
import org.huzhu.kiosk.journal.JournalException;
import org.huzhu.kiosk.journal.StaffAuthoriser;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.Authorisation;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.crypto.StaffKeys;

/**
 * A signed-in staff member: their card lies on the reader with its PIN verified, and signs for them. It ends when
 * {@link #close} is called (sign-out button, idle time-out, the card taken away: the UI calls it on each), and the
 * card's own session ends by itself when the card leaves the reader, after which {@link #signDigest} fails.
 *
 * <p>Thread-safe. Only {@link #authorise} blocks (on the card, for journal writes off the FX thread); everything else
 * returns at once, so any thread may call it. The card work runs on the reader's own thread.
 */
public final class StaffSession implements StaffAuthoriser, AutoCloseable {

    /** Longer than the driver's own 10 s limit for a signature, so its typed failure is what arrives. */
    private static final Duration SIGNATURE_WAIT = Duration.ofSeconds(15);

    private final StaffCardSession card;

    StaffSession(StaffCardSession card) {
        this.card = card;
    }

    /** The staff member's name, from the card's certificate. */
    public String holderName() {
        return card.identity().holderName();
    }

    /** 64 lower-case hex digits: SHA-256 of the card key's SubjectPublicKeyInfo, the server's name for the key. */
    public String keyFingerprint() {
        return card.identity().keyFingerprint();
    }

    /** {@link #keyFingerprint()} shortened for a screen, e.g. "1a2b 3c4d". */
    public String shortFingerprint() {
        return StaffCard.shortFingerprint(keyFingerprint());
    }

    /** The card's certificate (DER X.509), whose public key verifies what {@link #signDigest} signs. */
    public byte[] certificate() {
        return card.identity().certificate();
    }

    public String readerName() {
        return card.readerName();
    }

    /**
     * Has the staff card sign a SHA-256 digest with its signing key.
     *
     * @param digest the 32-byte SHA-256 of the data to sign; the caller hashes
     * @return completes on the reader's thread with the DER ECDSA signature, which verifies as
     *     {@code SHA256withECDSA} over the data with {@link #certificate()}'s key; fails with the driver's
     *     {@code StaffCardException} when the card is gone, refuses, or does not answer in time
     */
    public CompletableFuture<byte[]> signDigest(byte[] digest) {
        return card.signDigest(digest);
    }

    /** The staff member as the actor of what they record: their card's key name, signed in with card and PIN. */
    public Actor actor() {
        return new Actor(keyFingerprint(), SignInMethod.STAFF_CARD_PIN);
    }

    /**
     * Signs a transaction's authorised content on the card (docs/protocol.md §1.1). Blocks on the card, up to
     * {@link #SIGNATURE_WAIT}: never call it on the FX thread.
     *
     * @throws JournalException the card is gone, refused or did not answer; nothing is recorded
     */
    @Override
    public Authorisation authorise(byte[] authorisedContent) throws JournalException {
        byte[] signature;
        try {
            signature = signDigest(StaffKeys.digest(authorisedContent)).get(SIGNATURE_WAIT.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new JournalException("the staff card did not sign: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalException("interrupted while the staff card signed", e);
        }
        return Authorisation.ofCardSignature(keyFingerprint(), signature);
    }

    /** False once closed or once the card left the reader. */
    public boolean isOpen() {
        return card.isOpen();
    }

    /** Ends the session: the card is reset, so its PIN is no longer verified. Returns at once; twice is harmless. */
    @Override
    public void close() {
        card.close();
    }
}
