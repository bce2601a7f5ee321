package org.huzhu.protocol;

import java.security.PublicKey;
import org.huzhu.protocol.crypto.SignatureSuite;

/**
 * An envelope decoded once and checked against the key of the kiosk it is meant to come from: everything about it that
 * does not depend on the transactions before it. {@link #check} is pure and thread-safe, so the envelopes of a batch
 * can be checked in parallel and then linked in order by {@link ChainVerifier#verifyNext(CheckedEnvelope)}. Only
 * {@link #check} makes one, so a "valid signature" cannot be claimed without being verified. Immutable.
 */
public final class CheckedEnvelope {

    private final Transaction transaction;
    private final String hash;
    private final SignatureSuite suite;
    private final PublicKey key;
    private final boolean signatureValid;

    private CheckedEnvelope(Transaction transaction, String hash, SignatureSuite suite, PublicKey key,
            boolean signatureValid) {
        this.transaction = transaction;
        this.hash = hash;
        this.suite = suite;
        this.key = key;
        this.signatureValid = signatureValid;
    }

    /**
     * Decodes {@code encoded} strictly and verifies its signature with {@code key} under {@code suite}.
     *
     * @throws MalformedEnvelopeException not exactly a canonical envelope
     * @throws UnknownSuiteException      it names a suite nobody knows
     */
    public static CheckedEnvelope check(byte[] encoded, SignatureSuite suite, PublicKey key)
            throws MalformedEnvelopeException, UnknownSuiteException {
        TransactionCodec.Decoded decoded = TransactionCodec.decodeSigned(encoded);
        Transaction transaction = decoded.transaction();
        boolean signatureValid = transaction.body().suite().equals(suite.id())
                && suite.verify(key, decoded.signingBytes(), transaction.signatureBytes());
        return new CheckedEnvelope(transaction, TransactionCodec.hash(encoded, suite), suite, key, signatureValid);
    }

    public Transaction transaction() {
        return transaction;
    }

    public UnsignedTransaction body() {
        return transaction.body();
    }

    /** The suite's hash of the envelope's bytes (lower-case hex): the next envelope's {@code previousHash}. */
    public String hash() {
        return hash;
    }

    /** Whether the signature verifies with {@code key} under {@code suite} (false if the envelope names another). */
    boolean signatureValidFor(SignatureSuite suite, PublicKey key) {
        if (this.suite != suite || !(this.key == key || this.key.equals(key))) {
            throw new IllegalArgumentException("this envelope was checked with another suite or key");
        }
        return signatureValid;
    }
}
