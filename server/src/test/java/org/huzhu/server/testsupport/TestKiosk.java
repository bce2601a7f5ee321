package org.huzhu.server.testsupport;

import com.github.f4b6a3.uuid.UuidCreator;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.TransactionType;
import org.huzhu.protocol.UnsignedTransaction;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.sync.KeyIds;

/**
 * A kiosk for tests: a real key pair and a chain it extends the way the kiosk's journal does. Not thread-safe.
 */
public final class TestKiosk {

    public static final Actor RESIDENT = new Actor("ab".repeat(32), SignInMethod.CARD);
    public static final Actor STAFF = new Actor("cd".repeat(32), SignInMethod.STAFF_CARD_PIN);

    private final SignatureSuite suite;
    private final KeyPair keys;
    private final String kioskId;
    private long sequence;
    private String previousHash = UnsignedTransaction.GENESIS_HASH;
    private Instant clock;

    public TestKiosk(SignatureSuite suite, Instant start) {
        this(suite, suite.generateKeyPair(), start);
    }

    /** A second chain under the same key: for forks. */
    public TestKiosk(SignatureSuite suite, KeyPair keys, Instant start) {
        this.suite = suite;
        this.keys = keys;
        this.kioskId = KeyIds.kioskIdOf(keys.getPublic());
        this.clock = start;
    }

    /** The next envelope, signed, chained and encoded; created one second after the previous one. */
    public byte[] next(Payload payload, Actor actor) {
        return next(payload, actor, kioskId);
    }

    /** As {@link #next(Payload, Actor)}, but claiming another kiosk id (for forgeries). */
    public byte[] next(Payload payload, Actor actor, String claimedKioskId) {
        clock = clock.plusSeconds(1);
        UnsignedTransaction body = new UnsignedTransaction(UuidCreator.getTimeOrderedEpoch(), claimedKioskId,
                sequence + 1, previousHash, clock, TransactionType.of(payload), actor, payload, suite.id());
        try {
            byte[] encoded = TransactionCodec.encode(TransactionCodec.sign(body, suite, keys.getPrivate()));
            sequence++;
            previousHash = TransactionCodec.hash(encoded, suite);
            return encoded;
        } catch (KeyMismatchException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves the kiosk's clock (for offline-age tests). */
    public void advance(Duration duration) {
        clock = clock.plus(duration);
    }

    public Instant now() {
        return clock;
    }

    public SignatureSuite suite() {
        return suite;
    }

    public KeyPair keys() {
        return keys;
    }

    public String kioskId() {
        return kioskId;
    }

    public long sequence() {
        return sequence;
    }
}
