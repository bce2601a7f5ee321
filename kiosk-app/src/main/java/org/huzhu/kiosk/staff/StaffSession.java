package org.huzhu.kiosk.staff;

import java.util.concurrent.CompletableFuture;
import org.huzhu.devices.card.reader.StaffCardSession;

/**
 * A signed-in staff member: their card lies on the reader with its PIN verified, and signs for them. It ends when
 * {@link #close} is called (sign-out button, idle time-out, the card taken away: the UI calls it on each), and the
 * card's own session ends by itself when the card leaves the reader, after which {@link #signDigest} fails.
 *
 * <p>Thread-safe; nothing here blocks, so any thread (the FX thread too) may call it. The card work runs on the
 * reader's own thread.
 */
public final class StaffSession implements AutoCloseable {

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
