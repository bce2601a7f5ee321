package org.huzhu.protocol.log;

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
import org.huzhu.protocol.sync.KeyIds;
import org.huzhu.protocol.sync.ReceiptCodec;

/**
 * Tree heads to JSON and back, in the receipts' style ({@link ReceiptCodec}): a flat JSON object {@code type
 * ("huzhu.tree-head"), version (1), community, treeSize, rootHash, timestamp, serverKeyId, suite, signature}; the
 * signature covers the RFC 8785 canonical bytes of the object without {@code signature}. Thread-safe.
 */
public final class TreeHeadCodec {

    public static final String TYPE = "huzhu.tree-head";
    public static final int VERSION = 1;
    private static final Set<String> MEMBERS = Set.of("type", "version", "community", "treeSize", "rootHash",
            "timestamp", "serverKeyId", "suite", "signature");

    private TreeHeadCodec() {
    }

    public static SignedTreeHead sign(TreeHead head, SignatureSuite suite, PrivateKey key)
            throws KeyMismatchException {
        if (!head.suite().equals(suite.id())) {
            throw new IllegalArgumentException("tree head names suite " + head.suite() + ", signing with "
                    + suite.id());
        }
        return new SignedTreeHead(head, HexFormat.of().formatHex(suite.sign(key, signingBytes(head))));
    }

    /** True only if the suite is known, the key is the one named and the signature verifies. */
    public static boolean verify(SignedTreeHead signed, PublicKey serverKey) {
        TreeHead head = signed.head();
        return SignatureSuites.byId(head.suite())
                .filter(suite -> KeyIds.serverKeyIdOf(serverKey).equals(head.serverKeyId()))
                .map(suite -> suite.verify(serverKey, signingBytes(head), signed.signatureBytes()))
                .orElse(false);
    }

    public static byte[] signingBytes(TreeHead head) {
        return ReceiptCodec.canonical(tree(head));
    }

    /** The tree head as a JSON tree, signature included, as the server sends it. */
    public static ObjectNode toTree(SignedTreeHead signed) {
        ObjectNode tree = tree(signed.head());
        tree.put("signature", signed.signature());
        return tree;
    }

    /** The canonical bytes of {@link #toTree}, for keeping a head exactly as it was received. */
    public static byte[] encode(SignedTreeHead signed) {
        return ReceiptCodec.canonical(toTree(signed));
    }

    /** Reads a tree head object (members exactly as listed above); does not verify the signature. */
    public static SignedTreeHead fromTree(JsonNode node) throws MalformedTreeHeadException {
        if (node == null || !node.isObject()) {
            throw new MalformedTreeHeadException("a tree head is a JSON object");
        }
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        if (!names.equals(MEMBERS)) {
            throw new MalformedTreeHeadException("tree head members must be exactly " + new TreeSet<>(MEMBERS));
        }
        if (!TYPE.equals(node.get("type").textValue()) || !node.get("version").isInt()
                || node.get("version").intValue() != VERSION) {
            throw new MalformedTreeHeadException("not a version " + VERSION + " " + TYPE);
        }
        try {
            String timestamp = text(node, "timestamp");
            Instant at = Instant.parse(timestamp);
            if (!at.toString().equals(timestamp)) {
                // The signing bytes are rebuilt from the parsed value: any other spelling could not verify.
                throw new MalformedTreeHeadException("timestamp must be written as " + at);
            }
            TreeHead head = new TreeHead(text(node, "community"), integer(node, "treeSize"), text(node, "rootHash"),
                    at, text(node, "serverKeyId"), text(node, "suite"));
            return new SignedTreeHead(head, text(node, "signature"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedTreeHeadException("invalid tree head: " + e.getMessage(), e);
        }
    }

    public static SignedTreeHead decode(byte[] encoded) throws MalformedTreeHeadException {
        try {
            return fromTree(CanonicalJson.parse(encoded));
        } catch (MalformedJsonException e) {
            throw new MalformedTreeHeadException(e.getMessage(), e);
        }
    }

    private static ObjectNode tree(TreeHead head) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("type", TYPE);
        tree.put("version", VERSION);
        tree.put("community", head.community());
        tree.put("treeSize", head.treeSize());
        tree.put("rootHash", head.rootHash());
        tree.put("timestamp", head.timestamp().toString());
        tree.put("serverKeyId", head.serverKeyId());
        tree.put("suite", head.suite());
        return tree;
    }

    private static String text(JsonNode node, String member) throws MalformedTreeHeadException {
        if (!node.get(member).isTextual()) {
            throw new MalformedTreeHeadException(member + " must be a string");
        }
        return node.get(member).textValue();
    }

    private static long integer(JsonNode node, String member) throws MalformedTreeHeadException {
        if (!node.get(member).isIntegralNumber() || !node.get(member).canConvertToLong()) {
            throw new MalformedTreeHeadException(member + " must be a whole number");
        }
        return node.get(member).asLong();
    }
}
