package org.huzhu.protocol.sync;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;
import java.util.Locale;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.StaffKeys;

/**
 * A counter request's second signature, made on the signed-in staff member's card (docs/protocol.md §11): the card
 * signs the SHA-256 of the kiosk's request-signing object (§4) with {@code purpose} added, so the two signatures
 * cover the same method, target, body, timestamp and nonce, and the staff signature can neither be replayed nor
 * mistaken for a transaction's authorisation (whose purpose differs).
 */
public final class StaffQuerySignature {

    public static final String HEADER_STAFF_KEY = "Huzhu-Staff-Key";
    public static final String HEADER_STAFF_SIGNATURE = "Huzhu-Staff-Signature";
    public static final String PURPOSE = "huzhu-staff-query-1";

    private StaffQuerySignature() {
    }

    /** The content whose SHA-256 the card signs, for the request that {@code kioskSignature} signs. */
    public static byte[] content(SignatureSuite kioskSuite, RequestSignature kioskSignature, String method,
            String pathAndQuery, byte[] body) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("bodyHash", HexFormat.of().formatHex(kioskSuite.hash(body)));
        tree.put("kioskId", kioskSignature.kioskId());
        tree.put("method", method.toUpperCase(Locale.ROOT));
        tree.put("nonce", kioskSignature.nonce());
        tree.put("path", pathAndQuery);
        tree.put("purpose", PURPOSE);
        tree.put("timestamp", kioskSignature.timestamp().toString());
        return ReceiptCodec.canonical(tree);
    }

    /** The digest the card signs: SHA-256 of {@link #content}. */
    public static byte[] digest(SignatureSuite kioskSuite, RequestSignature kioskSignature, String method,
            String pathAndQuery, byte[] body) {
        return StaffKeys.digest(content(kioskSuite, kioskSignature, method, pathAndQuery, body));
    }
}
