package org.huzhu.server.testsupport;

import com.github.f4b6a3.uuid.UuidCreator;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.huzhu.protocol.Authorisation;
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
 * A kiosk for tests: a real key pair and a chain it extends the way the kiosk's journal does. A transaction whose
 * actor signed in by staff card is authorised by the kiosk's staff card ({@link #useStaffCard}), as at a real kiosk.
 * Not thread-safe.
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
    private TestStaff staffCard;

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

    /** The staff card signed in at this kiosk: it authorises every transaction whose actor is staff. */
    public void useStaffCard(TestStaff card) {
        this.staffCard = card;
    }

    /**
     * The next envelope, signed, chained and encoded; created one second after the previous one. A staff actor's
     * transaction carries the authorisation of the kiosk's staff card, if it has one.
     */
    public byte[] next(Payload payload, Actor actor) {
        boolean staff = actor.method() == SignInMethod.STAFF_CARD_PIN && staffCard != null;
        return next(payload, actor, kioskId, staff ? List.of(staffCard) : List.of());
    }

    /** As {@link #next(Payload, Actor)}, authorised by exactly {@code cards} (none: a kiosk's word alone). */
    public byte[] nextAuthorisedBy(Payload payload, Actor actor, TestStaff... cards) {
        return next(payload, actor, kioskId, List.of(cards));
    }

    /** As {@link #next(Payload, Actor)}, but claiming another kiosk id (for forgeries). */
    public byte[] next(Payload payload, Actor actor, String claimedKioskId) {
        return next(payload, actor, claimedKioskId, List.of());
    }

    /** As {@link #next(Payload, Actor)}, carrying exactly {@code authorisations}, whatever they signed (forgeries). */
    public byte[] nextWithAuthorisations(Payload payload, Actor actor, List<Authorisation> authorisations) {
        return next(payload, actor, kioskId, content -> authorisations);
    }

    private byte[] next(Payload payload, Actor actor, String claimedKioskId, List<TestStaff> cards) {
        return next(payload, actor, claimedKioskId, content -> {
            List<Authorisation> signed = new ArrayList<>();
            cards.forEach(card -> signed.add(card.authorise(content)));
            signed.sort(Comparator.comparing(Authorisation::key));
            return signed;
        });
    }

    private byte[] next(Payload payload, Actor actor, String claimedKioskId,
            Function<byte[], List<Authorisation>> authorise) {
        clock = clock.plusSeconds(1);
        UUID id = UuidCreator.getTimeOrderedEpoch();
        List<Authorisation> authorisations = authorise.apply(
                TransactionCodec.authorisedContent(id, claimedKioskId, clock, actor, payload));
        UnsignedTransaction body = new UnsignedTransaction(id, claimedKioskId, sequence + 1, previousHash, clock,
                TransactionType.of(payload), actor, payload, suite.id(), UnsignedTransaction.VERSION,
                authorisations);
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
