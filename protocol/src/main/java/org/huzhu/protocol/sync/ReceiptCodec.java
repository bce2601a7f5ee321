package org.huzhu.protocol.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.json.CanonicalJson;
import org.huzhu.protocol.json.MalformedJsonException;

/**
 * Receipts to JSON and back. A receipt is a flat JSON object {@code type ("huzhu.receipt"), version (1), kioskId,
 * firstSequence, lastSequence, lastHash, issuedAt, serverKeyId, suite, signature}; the signature covers the RFC 8785
 * canonical bytes of the object without {@code signature}, exactly as for transaction envelopes. Thread-safe.
 */
public final class ReceiptCodec {

    public static final String TYPE = "huzhu.receipt";
    public static final int VERSION = 1;
    private static final Set<String> MEMBERS = Set.of("type", "version", "kioskId", "firstSequence", "lastSequence",
            "lastHash", "issuedAt", "serverKeyId", "suite", "signature");

    private ReceiptCodec() {
    }

    public static SignedReceipt sign(Receipt receipt, SignatureSuite suite, PrivateKey key) throws KeyMismatchException {
        if (!receipt.suite().equals(suite.id())) {
            throw new IllegalArgumentException("receipt names suite " + receipt.suite() + ", signing with " + suite.id());
        }
        return new SignedReceipt(receipt, HexFormat.of().formatHex(suite.sign(key, signingBytes(receipt))));
    }

    /** True only if the suite is known, the key is the one named and the signature verifies. */
    public static boolean verify(SignedReceipt signed, PublicKey serverKey) {
        Receipt receipt = signed.receipt();
        return SignatureSuites.byId(receipt.suite())
                .filter(suite -> KeyIds.serverKeyIdOf(serverKey).equals(receipt.serverKeyId()))
                .map(suite -> suite.verify(serverKey, signingBytes(receipt), signed.signatureBytes()))
                .orElse(false);
    }

    public static byte[] signingBytes(Receipt receipt) {
        return canonical(tree(receipt));
    }

    /** The receipt as a JSON tree, signature included, as the server sends it. */
    public static ObjectNode toTree(SignedReceipt signed) {
        ObjectNode tree = tree(signed.receipt());
        tree.put("signature", signed.signature());
        return tree;
    }

    /** The canonical bytes of {@link #toTree}, for storing a receipt as it was received. */
    public static byte[] encode(SignedReceipt signed) {
        return canonical(toTree(signed));
    }

    /** Reads a receipt object (members exactly as listed above); does not verify the signature. */
    public static SignedReceipt fromTree(JsonNode node) throws MalformedReceiptException {
        if (node == null || !node.isObject()) {
            throw new MalformedReceiptException("a receipt is a JSON object");
        }
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        if (!names.equals(MEMBERS)) {
            throw new MalformedReceiptException("receipt members must be exactly " + new TreeSet<>(MEMBERS));
        }
        if (!TYPE.equals(node.get("type").textValue()) || !node.get("version").isInt()
                || node.get("version").intValue() != VERSION) {
            throw new MalformedReceiptException("not a version " + VERSION + " " + TYPE);
        }
        try {
            Receipt receipt = new Receipt(text(node, "kioskId"), integer(node, "firstSequence"),
                    integer(node, "lastSequence"), text(node, "lastHash"), Instant.parse(text(node, "issuedAt")),
                    text(node, "serverKeyId"), text(node, "suite"));
            return new SignedReceipt(receipt, text(node, "signature"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedReceiptException("invalid receipt: " + e.getMessage(), e);
        }
    }

    public static SignedReceipt decode(byte[] encoded) throws MalformedReceiptException {
        try {
            return fromTree(CanonicalJson.parse(encoded));
        } catch (MalformedJsonException e) {
            throw new MalformedReceiptException(e.getMessage(), e);
        }
    }

    private static ObjectNode tree(Receipt receipt) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("type", TYPE);
        tree.put("version", VERSION);
        tree.put("kioskId", receipt.kioskId());
        tree.put("firstSequence", receipt.firstSequence());
        tree.put("lastSequence", receipt.lastSequence());
        tree.put("lastHash", receipt.lastHash());
        tree.put("issuedAt", receipt.issuedAt().toString());
        tree.put("serverKeyId", receipt.serverKeyId());
        tree.put("suite", receipt.suite());
        return tree;
    }

    private static String text(JsonNode node, String member) throws MalformedReceiptException {
        if (!node.get(member).isTextual()) {
            throw new MalformedReceiptException(member + " must be a string");
        }
        return node.get(member).textValue();
    }

    private static long integer(JsonNode node, String member) throws MalformedReceiptException {
        if (!node.get(member).canConvertToExactIntegral()) {
            throw new MalformedReceiptException(member + " must be a whole number");
        }
        return node.get(member).asLong();
    }

    /** The RFC 8785 canonical bytes of a tree built by our own code (which always canonicalises). */
    public static byte[] canonical(ObjectNode tree) {
        try {
            return CanonicalJson.canonicalize(tree);
        } catch (MalformedJsonException e) {
            throw new IllegalArgumentException("cannot canonicalise: " + e.getMessage(), e);
        }
    }
}
