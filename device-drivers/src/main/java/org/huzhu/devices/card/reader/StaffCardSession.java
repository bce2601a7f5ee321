package org.huzhu.devices.card.reader;

import java.util.concurrent.CompletableFuture;
import org.huzhu.devices.card.identity.StaffCardIdentity;

/**
 * A staff member's PIV card, connected with the PIN verified, signing on their behalf. Opened by
 * {@link ReaderService#openStaffSession}; the card stays connected (not reset) so the PIN stays verified, as PIV
 * intends for the PIV Authentication key (slot 9A: PIN once per session).
 *
 * <p>The session ends on {@link #close} (the card is reset, so the PIN is no longer verified), when the card leaves
 * the reader, when the reader goes away, or when the reader service closes. After that {@link #isOpen} is false and
 * {@link #signDigest} fails. At most one session per reader: a new one ends the old.
 *
 * <p>Thread-safe: every method may be called from any thread (the FX thread included: nothing blocks); the card work
 * runs on the reader's own thread.
 */
public interface StaffCardSession extends AutoCloseable {

    /** The reader the card is in. */
    String readerName();

    /** The card's identity as read when the session was opened (its certificate's fingerprint was checked). */
    StaffCardIdentity identity();

    /**
     * Has the card sign a SHA-256 digest with its PIV Authentication key (slot 9A, ECDSA P-256): GENERAL AUTHENTICATE
     * {@code 00 87 11 9A}. The card signs the 32 bytes as given, so the caller hashes the data first; the signature
     * verifies as {@code SHA256withECDSA} over that data with the certificate's public key.
     *
     * @param sha256Digest exactly 32 bytes; copied, not kept
     * @return completes on the reader's thread with the DER-encoded ECDSA signature (SEQUENCE of r and s), already
     *     checked against the certificate's public key; or fails with a {@link StaffCardException} saying why (card
     *     removed, PIN no longer verified, card refused, reader gone, no answer in time, session closed). It never
     *     stays incomplete: a card that does not answer fails it after a bounded time.
     * @throws IllegalArgumentException if {@code sha256Digest} is not 32 bytes
     */
    CompletableFuture<byte[]> signDigest(byte[] sha256Digest);

    /** Whether the session can still sign: not closed, card not removed. A true answer may be outdated at once. */
    boolean isOpen();

    /**
     * Ends the session: the card is disconnected with a reset, so its PIN is no longer verified. Returns at once (the
     * reset runs on the reader's thread); closing twice is harmless.
     */
    @Override
    void close();
}
