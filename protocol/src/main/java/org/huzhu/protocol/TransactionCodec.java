package org.huzhu.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.json.CanonicalJson;
import org.huzhu.protocol.json.MalformedJsonException;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.PayloadVersions;

/**
 * Envelopes to bytes and back. The bytes are RFC 8785 canonical JSON, a flat object:
 * {@code version, id, kioskId, sequence, previousHash, createdAt, type, actor, payload, suite, signature}, and in
 * version 2 also {@code authorisations}. The kiosk's signature covers the canonical bytes of the same object without
 * {@code signature}; a staff authorisation covers {@link #authorisedContent}, which leaves out the chain position, so
 * the staff card can sign before the journal numbers the transaction.
 *
 * <p>Decoding is strict, because envelopes come from disk and the network: exactly these members, known values only,
 * and the bytes must be exactly the canonical encoding of what they decode to (so a byte that does not change the
 * meaning, such as an escaped letter or a reordered key, is still refused). Thread-safe.
 */
public final class TransactionCodec {

    private static final Set<String> MEMBERS_V1 = Set.of("version", "id", "kioskId", "sequence", "previousHash",
            "createdAt", "type", "actor", "payload", "suite", "signature");
    private static final Set<String> MEMBERS_V2;
    /** Names what a staff signature is for, so it can never be taken for a signature over anything else. */
    public static final String AUTHORISATION_PURPOSE = "huzhu-staff-authorisation-1";

    static {
        Set<String> members = new TreeSet<>(MEMBERS_V1);
        members.add("authorisations");
        MEMBERS_V2 = Set.copyOf(members);
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .build();

    private TransactionCodec() {
    }

    /** Signs {@code body} with the suite it names. */
    public static Transaction sign(UnsignedTransaction body, SignatureSuite suite, PrivateKey key)
            throws KeyMismatchException {
        if (!body.suite().equals(suite.id())) {
            throw new IllegalArgumentException("body names suite " + body.suite() + ", signing with " + suite.id());
        }
        return new Transaction(body, HexFormat.of().formatHex(suite.sign(key, signingBytes(body))));
    }

    /** The bytes the kiosk's signature covers. */
    public static byte[] signingBytes(UnsignedTransaction body) {
        return canonical(tree(body));
    }

    /**
     * The bytes a staff authorisation signs: the canonical JSON of {@code purpose} ({@value #AUTHORISATION_PURPOSE}),
     * {@code id}, {@code kioskId}, {@code createdAt}, {@code type}, {@code actor} and {@code payload}, with the same
     * values as the envelope. The id makes it unique (the server de-duplicates on it for good), so a signature cannot
     * be reused for another transaction; sequence and previous hash are left out so the card can sign first.
     */
    public static byte[] authorisedContent(UUID id, String kioskId, Instant createdAt, Actor actor, Payload payload) {
        ObjectNode tree = MAPPER.createObjectNode();
        tree.put("purpose", AUTHORISATION_PURPOSE);
        tree.put("id", id.toString());
        tree.put("kioskId", kioskId);
        tree.put("createdAt", createdAt.toString());
        tree.put("type", TransactionType.of(payload).wireName());
        tree.set("actor", MAPPER.valueToTree(actor));
        tree.set("payload", MAPPER.<JsonNode>valueToTree(payload));
        return canonical(tree);
    }

    /** {@link #authorisedContent(UUID, String, Instant, Actor, Payload)} of a transaction. */
    public static byte[] authorisedContent(UnsignedTransaction body) {
        return authorisedContent(body.id(), body.kioskId(), body.createdAt(), body.actor(), body.payload());
    }

    /** The stored and transmitted form. */
    public static byte[] encode(Transaction transaction) {
        ObjectNode tree = tree(transaction.body());
        tree.put("signature", transaction.signature());
        return canonical(tree);
    }

    /** The chaining hash of an encoded envelope, lower-case hex. */
    public static String hash(byte[] encoded, SignatureSuite suite) {
        return HexFormat.of().formatHex(suite.hash(encoded));
    }

    public static Transaction decode(byte[] encoded) throws MalformedEnvelopeException, UnknownSuiteException {
        return decodeSigned(encoded).transaction();
    }

    /** A decoded envelope with the bytes its signature covers, taken from the envelope rather than encoded again. */
    record Decoded(Transaction transaction, byte[] signingBytes) {
    }

    static Decoded decodeSigned(byte[] encoded) throws MalformedEnvelopeException, UnknownSuiteException {
        JsonNode root;
        try {
            root = CanonicalJson.parse(encoded);
        } catch (MalformedJsonException e) {
            throw new MalformedEnvelopeException(0, e.getMessage(), e);
        }
        long sequence = root.path("sequence").canConvertToExactIntegral() ? root.path("sequence").asLong() : 0;
        if (!root.isObject()) {
            throw new MalformedEnvelopeException(sequence, "an envelope is a JSON object");
        }
        JsonNode version = root.path("version");
        if (!version.isInt() || version.intValue() != UnsignedTransaction.VERSION_1
                && version.intValue() != UnsignedTransaction.VERSION) {
            throw new MalformedEnvelopeException(sequence, "unsupported version " + (version.isMissingNode()
                    ? "(none)" : version.toString()));
        }
        Set<String> members = version.intValue() == UnsignedTransaction.VERSION_1 ? MEMBERS_V1 : MEMBERS_V2;
        Set<String> names = new TreeSet<>();
        root.fieldNames().forEachRemaining(names::add);
        if (!names.equals(members)) {
            Set<String> missing = new TreeSet<>(members);
            missing.removeAll(names);
            names.removeAll(members);
            throw new MalformedEnvelopeException(sequence, "members missing " + missing + ", unknown " + names);
        }
        String suite = text(root, "suite", sequence);
        if (SignatureSuites.byId(suite).isEmpty()) {
            throw new UnknownSuiteException(sequence, "unknown signature suite '" + suite + "'");
        }
        Transaction transaction = build(root, suite, sequence);
        if (!Arrays.equals(encode(transaction), encoded)) {
            throw new MalformedEnvelopeException(sequence, "not in canonical form");
        }
        return new Decoded(transaction, withoutSignature(encoded, transaction.signature()));
    }

    /**
     * The signing bytes of a canonical envelope: the same bytes without the member {@code ,"signature":"…"}, since
     * JCS writes each member on its own. Canonical order puts that member after {@code sequence} and every nested
     * value ({@code actor}, {@code authorisations}, whose objects have a {@code signature} of their own, and
     * {@code payload}) before it; only {@code suite}, {@code type} and {@code version}, whose values are known names
     * and a number, follow. So the top-level member is the last occurrence of its exact bytes.
     */
    private static byte[] withoutSignature(byte[] canonical, String signature) {
        byte[] member = (",\"signature\":\"" + signature + "\"").getBytes(StandardCharsets.US_ASCII);
        int at = lastIndexOf(canonical, member);
        if (at < 0) {
            throw new IllegalStateException("a canonical envelope holds its signature member");
        }
        byte[] signing = new byte[canonical.length - member.length];
        System.arraycopy(canonical, 0, signing, 0, at);
        System.arraycopy(canonical, at + member.length, signing, at, signing.length - at);
        return signing;
    }

    private static int lastIndexOf(byte[] bytes, byte[] part) {
        for (int at = bytes.length - part.length; at >= 0; at--) {
            if (Arrays.equals(bytes, at, at + part.length, part, 0, part.length)) {
                return at;
            }
        }
        return -1;
    }

    private static Transaction build(JsonNode root, String suite, long sequence) throws MalformedEnvelopeException {
        String typeName = text(root, "type", sequence);
        TransactionType type = TransactionType.fromWireName(typeName)
                .orElseThrow(() -> new MalformedEnvelopeException(sequence, "unknown type '" + typeName + "'"));
        if (!root.get("sequence").isIntegralNumber()) {
            throw new MalformedEnvelopeException(sequence, "sequence must be an integer");
        }
        int version = root.get("version").intValue();
        try {
            UnsignedTransaction body = new UnsignedTransaction(
                    UUID.fromString(text(root, "id", sequence)),
                    text(root, "kioskId", sequence),
                    root.get("sequence").longValue(),
                    text(root, "previousHash", sequence),
                    Instant.parse(text(root, "createdAt", sequence)),
                    type,
                    object(root, "actor", Actor.class, sequence),
                    payload(root, type, version, sequence),
                    suite, version,
                    version == UnsignedTransaction.VERSION_1 ? List.of() : authorisations(root, sequence));
            return new Transaction(body, text(root, "signature", sequence));
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEnvelopeException(sequence, "invalid value: " + e.getMessage(), e);
        }
    }

    /**
     * A nested object member. Jackson reads JSON {@code null} as a Java null, which the records would only meet as a
     * bare NullPointerException. Null members inside the object Jackson refuses (FAIL_ON_NULL_CREATOR_PROPERTIES).
     */
    private static <T> T object(JsonNode root, String member, Class<T> type, long sequence)
            throws MalformedEnvelopeException, JsonProcessingException {
        JsonNode node = root.get(member);
        if (node == null || !node.isObject()) {
            throw new MalformedEnvelopeException(sequence, member + " must be an object");
        }
        return MAPPER.treeToValue(node, type);
    }

    private static Payload payload(JsonNode root, TransactionType type, int version, long sequence)
            throws MalformedEnvelopeException, JsonProcessingException {
        JsonNode node = root.get("payload");
        if (node == null || !node.isObject()) {
            throw new MalformedEnvelopeException(sequence, "payload must be an object");
        }
        return MAPPER.treeToValue(PayloadVersions.readable(version, type, (ObjectNode) node), type.payloadClass());
    }

    private static List<Authorisation> authorisations(JsonNode root, long sequence)
            throws MalformedEnvelopeException, JsonProcessingException {
        JsonNode array = root.get("authorisations");
        if (!array.isArray()) {
            throw new MalformedEnvelopeException(sequence, "authorisations must be an array");
        }
        List<Authorisation> authorisations = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            if (!element.isObject()) {
                throw new MalformedEnvelopeException(sequence, "each authorisation must be an object");
            }
            authorisations.add(MAPPER.treeToValue(element, Authorisation.class));
        }
        return authorisations;
    }

    private static String text(JsonNode root, String member, long sequence) throws MalformedEnvelopeException {
        JsonNode node = root.get(member);
        if (node == null || !node.isTextual()) {
            throw new MalformedEnvelopeException(sequence, member + " must be a string");
        }
        return node.textValue();
    }

    private static ObjectNode tree(UnsignedTransaction body) {
        ObjectNode tree = MAPPER.createObjectNode();
        tree.put("version", body.version());
        tree.put("id", body.id().toString());
        tree.put("kioskId", body.kioskId());
        tree.put("sequence", body.sequence());
        tree.put("previousHash", body.previousHash());
        tree.put("createdAt", body.createdAt().toString());
        tree.put("type", body.type().wireName());
        tree.set("actor", MAPPER.valueToTree(body.actor()));
        tree.set("payload", PayloadVersions.written(body.version(), body.type(),
                MAPPER.valueToTree((Payload) body.payload())));
        tree.put("suite", body.suite());
        if (body.version() != UnsignedTransaction.VERSION_1) {
            tree.set("authorisations", MAPPER.valueToTree(body.authorisations()));
        }
        return tree;
    }

    private static byte[] canonical(ObjectNode tree) {
        try {
            return CanonicalJson.canonicalize(tree);
        } catch (MalformedJsonException e) {
            // Validated records contain no NaN and no unpaired surrogate except in free text; refuse those loudly.
            throw new IllegalArgumentException("transaction cannot be canonicalised: " + e.getMessage(), e);
        }
    }
}
