package org.huzhu.protocol;

import java.security.PublicKey;
import java.util.Objects;
import org.huzhu.protocol.crypto.SignatureSuite;

/**
 * Checks one kiosk's transactions in order: suite, kiosk, sequence continuity, link to the previous hash, signature.
 * The first failure is thrown with the sequence number where the chain breaks (for a missing transaction, the number
 * that is missing). Not thread-safe: one verifier walks one chain.
 */
public final class ChainVerifier {

    private final String kioskId;
    private final SignatureSuite suite;
    private final PublicKey key;
    private long lastSequence;
    private String lastHash;

    /** A verifier for a chain from its start. */
    public ChainVerifier(String kioskId, SignatureSuite suite, PublicKey key) {
        this(kioskId, suite, key, 0, UnsignedTransaction.GENESIS_HASH);
    }

    /** A verifier that continues after a transaction already verified ({@code lastSequence}, {@code lastHash}). */
    public ChainVerifier(String kioskId, SignatureSuite suite, PublicKey key, long lastSequence, String lastHash) {
        this.kioskId = Objects.requireNonNull(kioskId);
        this.suite = Objects.requireNonNull(suite);
        this.key = Objects.requireNonNull(key);
        this.lastSequence = lastSequence;
        this.lastHash = Objects.requireNonNull(lastHash);
    }

    /** Verifies the next envelope and advances; on failure nothing advances. */
    public Transaction verifyNext(byte[] encoded) throws ProtocolException {
        return verifyNext(CheckedEnvelope.check(encoded, suite, key));
    }

    /**
     * Verifies the next envelope, already decoded and checked with this chain's suite and key, and advances; on failure
     * nothing advances. Reports the same failures in the same order as {@link #verifyNext(byte[])}.
     *
     * @throws IllegalArgumentException the envelope was checked with another suite or key
     */
    public Transaction verifyNext(CheckedEnvelope envelope) throws ProtocolException {
        UnsignedTransaction body = envelope.body();
        long expected = lastSequence + 1;
        if (!body.suite().equals(suite.id())) {
            throw new SuiteMismatchException(body.sequence(),
                    "signed with " + body.suite() + ", but this kiosk uses " + suite.id());
        }
        if (!body.kioskId().equals(kioskId)) {
            throw new BrokenChainException(body.sequence(), "belongs to kiosk " + body.kioskId() + ", not " + kioskId);
        }
        if (body.sequence() != expected) {
            throw new BrokenChainException(expected, "expected sequence " + expected + ", found " + body.sequence());
        }
        if (!body.previousHash().equals(lastHash)) {
            throw new BrokenChainException(expected, "previous hash does not match transaction " + lastSequence);
        }
        if (!envelope.signatureValidFor(suite, key)) {
            throw new BadSignatureException(expected, "signature does not verify");
        }
        lastHash = envelope.hash();
        lastSequence = expected;
        return envelope.transaction();
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastHash() {
        return lastHash;
    }
}
