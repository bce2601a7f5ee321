package org.huzhu.protocol;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.ServiceConfirmed;

/**
 * Everything a transaction says except its signature: exactly the fields that are signed.
 *
 * @param id            a UUIDv7 (time-ordered), unique across all kiosks; the server de-duplicates on it
 * @param kioskId       the kiosk that created it
 * @param sequence      this kiosk's transaction counter: 1, 2, 3… with no gaps
 * @param previousHash  hex hash of the previous transaction's encoded envelope, or {@link #GENESIS_HASH} for the first
 * @param createdAt     when it was confirmed, to the millisecond
 * @param suite          the id of the signature suite that signs it
 * @param version        the envelope format: {@link #VERSION_1} (no authorisations) or {@link #VERSION} (current)
 * @param authorisations staff signatures over {@link TransactionCodec#authorisedContent}, at most
 *                       {@value #MAX_AUTHORISATIONS}, in strictly increasing order of their key; none in version 1
 */
public record UnsignedTransaction(UUID id, String kioskId, long sequence, String previousHash, Instant createdAt,
        TransactionType type, Actor actor, Payload payload, String suite, int version,
        List<Authorisation> authorisations) {

    /** The first envelope format, without authorisations: still read, verified and synced, no longer written. */
    public static final int VERSION_1 = 1;
    /** The envelope format kiosks write: with staff authorisations (ADR 0011). */
    public static final int VERSION = 2;
    public static final int MAX_AUTHORISATIONS = 4;
    /** The previous hash of sequence 1: 32 zero bytes in hex. */
    public static final String GENESIS_HASH = "0".repeat(64);
    /** Sequence numbers must stay exact in JSON (doubles): at most 2^53 - 1. */
    public static final long MAX_SEQUENCE = (1L << 53) - 1;

    private static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    public UnsignedTransaction {
        Objects.requireNonNull(id, "id");
        if (id.version() != 7) {
            throw new IllegalArgumentException("id must be a UUIDv7: " + id);
        }
        if (kioskId == null || !KIOSK_ID.matcher(kioskId).matches()) {
            throw new IllegalArgumentException("kioskId must be 1-64 letters, digits or '-': " + kioskId);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        if (previousHash == null || !Actor.isHash(previousHash)) {
            throw new IllegalArgumentException("previousHash must be 64 lower-case hex digits: " + previousHash);
        }
        Objects.requireNonNull(createdAt, "createdAt");
        if (!createdAt.truncatedTo(ChronoUnit.MILLIS).equals(createdAt)) {
            throw new IllegalArgumentException("createdAt must be whole milliseconds: " + createdAt);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(payload, "payload");
        if (!type.payloadClass().isInstance(payload)) {
            throw new IllegalArgumentException(type.wireName() + " cannot carry " + payload.getClass().getSimpleName());
        }
        Objects.requireNonNull(suite, "suite");
        if (version != VERSION_1 && version != VERSION) {
            throw new IllegalArgumentException("unsupported envelope version " + version);
        }
        authorisations = List.copyOf(authorisations);
        if (version == VERSION_1 && !authorisations.isEmpty()) {
            throw new IllegalArgumentException("a version 1 envelope carries no authorisations");
        }
        if (version == VERSION_1 && payload instanceof ServiceConfirmed confirmed && !confirmed.reason().isEmpty()) {
            throw new IllegalArgumentException("a version 1 envelope cannot carry a confirmation's reason");
        }
        if (authorisations.size() > MAX_AUTHORISATIONS) {
            throw new IllegalArgumentException("at most " + MAX_AUTHORISATIONS + " authorisations");
        }
        for (int i = 1; i < authorisations.size(); i++) {
            if (authorisations.get(i - 1).key().compareTo(authorisations.get(i).key()) >= 0) {
                throw new IllegalArgumentException("authorisations must be in increasing order of key, each key once");
            }
        }
    }

    /** A current-version transaction without staff authorisations. */
    public UnsignedTransaction(UUID id, String kioskId, long sequence, String previousHash, Instant createdAt,
            TransactionType type, Actor actor, Payload payload, String suite) {
        this(id, kioskId, sequence, previousHash, createdAt, type, actor, payload, suite, VERSION, List.of());
    }
}
