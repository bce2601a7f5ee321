package org.huzhu.devices.card.reader;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.identity.StaffCardIdentity;
import org.huzhu.devices.card.piv.EcdsaSignatures;
import org.huzhu.devices.card.piv.P256PublicKey;
import org.huzhu.devices.card.piv.PivCard;
import org.huzhu.devices.card.piv.SignAnswer;
import org.huzhu.devices.card.reader.StaffCardException.Reason;
import org.huzhu.devices.card.tlv.CardDataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PIV card kept connected on its reader's thread with the PIN verified. Every card exchange is a task on that
 * thread ({@code readerThread}); {@link #end} is called there too, by the worker (card removed, reader gone,
 * replaced) or by {@link #close}. {@link #isOpen} and the end reason are volatile so any thread sees them at once.
 */
final class PivStaffSession implements StaffCardSession {

    private static final Logger LOG = LoggerFactory.getLogger(PivStaffSession.class);
    /** A signature takes a real card well under a second; past this the caller hears NO_ANSWER instead of waiting. */
    static final Duration SIGN_TIMEOUT = Duration.ofSeconds(10);

    private final String readerName;
    private final StaffCardIdentity identity;
    private final P256PublicKey key;
    private final CardConnection connection;
    private final PivCard card;
    private final Executor readerThread;
    private volatile Reason endReason;
    /** Whether the card was reset; confined to the reader's thread. */
    private boolean resetDone;

    PivStaffSession(String readerName, StaffCardIdentity identity, P256PublicKey key, CardConnection connection,
                    PivCard card, Executor readerThread) {
        this.readerName = readerName;
        this.identity = identity;
        this.key = key;
        this.connection = connection;
        this.card = card;
        this.readerThread = readerThread;
    }

    @Override
    public String readerName() {
        return readerName;
    }

    @Override
    public StaffCardIdentity identity() {
        return identity;
    }

    @Override
    public boolean isOpen() {
        return endReason == null;
    }

    @Override
    public CompletableFuture<byte[]> signDigest(byte[] sha256Digest) {
        if (sha256Digest.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + sha256Digest.length);
        }
        byte[] digest = sha256Digest.clone();
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        CompletableFuture.delayedExecutor(SIGN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                result.completeExceptionally(new StaffCardException(Reason.NO_ANSWER,
                        "the card on " + readerName + " did not sign within " + SIGN_TIMEOUT.toSeconds() + " s")));
        try {
            readerThread.execute(() -> sign(digest, result));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(ended(Reason.READER_UNAVAILABLE));
        }
        return result;
    }

    @Override
    public void close() {
        if (endReason != null) {
            return;
        }
        // Ended at once for every thread; the reset itself is card work and runs on the reader's thread.
        endReason = Reason.SESSION_CLOSED;
        try {
            readerThread.execute(this::reset);
        } catch (RejectedExecutionException e) {
            // The reader thread has stopped, and it ended every session (with a reset) before it did.
            LOG.debug("Staff session on {} closed after its reader thread stopped", readerName);
        }
    }

    /** On the reader's thread: ends the session once, resetting the card so its PIN is no longer verified. */
    void end(Reason reason) {
        if (endReason == null) {
            endReason = reason;
        }
        reset();
    }

    /** On the reader's thread, once: disconnects with a reset. */
    private void reset() {
        if (resetDone) {
            return;
        }
        resetDone = true;
        connection.closeAndReset();
        LOG.info("Staff session on {} ended: {}", readerName, endReason);
    }

    private void sign(byte[] digest, CompletableFuture<byte[]> result) {
        if (endReason != null) {
            result.completeExceptionally(ended(endReason));
            return;
        }
        try {
            switch (card.signDigest(digest)) {
                case SignAnswer.Signed signed when verifies(digest, signed) -> result.complete(signed.signature());
                case SignAnswer.Signed forged -> fail(result, Reason.CARD_REFUSED,
                        "the card's signature does not verify with its certificate's key");
                case SignAnswer.PinRequired pin -> {
                    end(Reason.PIN_NO_LONGER_VERIFIED);
                    result.completeExceptionally(ended(Reason.PIN_NO_LONGER_VERIFIED));
                }
                case SignAnswer.Refused refused -> fail(result, Reason.CARD_REFUSED,
                        String.format("the card answered %04X", refused.sw()));
            }
        } catch (CardIOException e) {
            Reason reason = switch (e.reason()) {
                case CARD_REMOVED -> Reason.CARD_REMOVED;
                case READER_UNAVAILABLE, SERVICE_UNAVAILABLE -> Reason.READER_UNAVAILABLE;
                case COMMUNICATION, PROTOCOL -> Reason.NO_ANSWER;
            };
            // The card's state is unknown after a failed exchange: end the session rather than trust a half-done one.
            end(reason);
            result.completeExceptionally(new StaffCardException(reason, e.getMessage(), e));
        } catch (CardDataException e) {
            fail(result, Reason.CARD_REFUSED, e.getMessage());
        }
    }

    private boolean verifies(byte[] digest, SignAnswer.Signed signed) {
        return EcdsaSignatures.verifiesDigest(key.toJavaKey(), digest, signed.signature());
    }

    private void fail(CompletableFuture<byte[]> result, Reason reason, String why) {
        LOG.warn("Staff card on {} did not sign: {}", readerName, why);
        result.completeExceptionally(new StaffCardException(reason, why));
    }

    private StaffCardException ended(Reason reason) {
        return new StaffCardException(reason, "the staff session on " + readerName + " has ended");
    }
}
