package org.huzhu.protocol.aid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.huzhu.protocol.json.CanonicalJson;
import org.huzhu.protocol.json.MalformedJsonException;

/**
 * A charity's electronic payment order (ADR 0015, docs/protocol.md §12): it approves an application by naming the
 * patient (by the pseudonym the charity knows them by), the hospital, the most it pays in fen, what for and until
 * when. The charity signs {@link #signingBytes} with its signing key; the server keeps the document and the
 * signature, so the approval can be checked later without trusting the server.
 */
public record AidOrderDocument(UUID orderId, UUID applicationId, String charityId, String hospitalId, String patient,
        long maxFen, String purpose, Instant validUntil) {

    /** Marks the signed bytes as an aid order's, so no other signed object of the protocol can pass for one. */
    public static final String TYPE = "huzhu.aid-order";
    public static final int VERSION = 1;

    public AidOrderDocument {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(charityId, "charityId");
        Objects.requireNonNull(hospitalId, "hospitalId");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(validUntil, "validUntil");
        if (maxFen < 1 || maxFen > (1L << 53) - 1) {
            throw new IllegalArgumentException("maxFen must be 1 fen or more");
        }
        if (purpose.isBlank() || purpose.length() > 200) {
            throw new IllegalArgumentException("purpose must be 1..200 characters");
        }
    }

    private static final Set<String> MEMBERS = Set.of("type", "version", "orderId",
            "applicationId", "charityId", "hospitalId", "patient", "maxFen", "purpose", "validUntil");

    /**
     * Reads a document as a charity sent it: exactly these members, of these types, the type and version above, and
     * every value in the form {@link #toTree} writes it, so that the bytes the charity signed are
     * {@link #signingBytes} of what is read.
     *
     * @throws IllegalArgumentException it is not such a document (the message says what is wrong)
     */
    public static AidOrderDocument fromTree(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("an aid order document is a JSON object");
        }
        Set<String> names = new HashSet<>();
        tree.fieldNames().forEachRemaining(names::add);
        if (!names.equals(MEMBERS)) {
            throw new IllegalArgumentException("an aid order document has exactly the members " + MEMBERS);
        }
        if (!TYPE.equals(text(tree, "type")) || !tree.get("version").isIntegralNumber()
                || tree.get("version").asLong() != VERSION) {
            throw new IllegalArgumentException("not a " + TYPE + " document of version " + VERSION);
        }
        if (!tree.get("maxFen").isIntegralNumber() || !tree.get("maxFen").canConvertToLong()) {
            throw new IllegalArgumentException("maxFen must be a whole number of fen");
        }
        try {
            AidOrderDocument document = new AidOrderDocument(UUID.fromString(text(tree, "orderId")),
                    UUID.fromString(text(tree, "applicationId")), text(tree, "charityId"), text(tree, "hospitalId"),
                    text(tree, "patient"), tree.get("maxFen").asLong(), text(tree, "purpose"),
                    Instant.parse(text(tree, "validUntil")));
            if (!document.orderId().toString().equals(text(tree, "orderId"))
                    || !document.applicationId().toString().equals(text(tree, "applicationId"))
                    || !document.validUntil().toString().equals(text(tree, "validUntil"))) {
                throw new IllegalArgumentException("ids are lower-case UUIDs and validUntil is written as "
                        + "2027-03-12T16:00:00Z, as signed");
            }
            return document;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("validUntil is not an ISO-8601 instant", e);
        }
    }

    private static String text(JsonNode tree, String member) {
        JsonNode value = tree.get(member);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(member + " must be text");
        }
        return value.asText();
    }

    /** The document as JSON (its members in canonical order once canonicalised). */
    public ObjectNode toTree() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("type", TYPE);
        tree.put("version", VERSION);
        tree.put("orderId", orderId.toString());
        tree.put("applicationId", applicationId.toString());
        tree.put("charityId", charityId);
        tree.put("hospitalId", hospitalId);
        tree.put("patient", patient);
        tree.put("maxFen", maxFen);
        tree.put("purpose", purpose);
        tree.put("validUntil", validUntil.toString());
        return tree;
    }

    /** What the charity signs: the RFC 8785 canonical JSON of {@link #toTree}. */
    public byte[] signingBytes() {
        try {
            return CanonicalJson.canonicalize(toTree());
        } catch (MalformedJsonException e) {
            throw new IllegalArgumentException("the document holds text that is not well-formed (a lone surrogate)", e);
        }
    }
}
