package org.huzhu.protocol.sync;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SignatureSuite;

/**
 * How a kiosk authenticates an HTTP request with its journal key (docs/protocol.md, "Request signing"). The signed
 * bytes are the RFC 8785 canonical JSON of {@code {bodyHash, kioskId, method, nonce, path, timestamp}}, where
 * {@code path} is the request target exactly as sent (path and query, e.g. {@code /v1/snapshot?since=7}) and
 * {@code bodyHash} is the suite's hash of the raw body bytes in lower-case hex (of zero bytes when there is no body).
 * The four values travel in the {@code Huzhu-*} headers below. Thread-safe.
 *
 * @param timestamp the kiosk's clock, whole milliseconds; servers accept ±{@link #FRESHNESS_SECONDS} seconds
 * @param nonce     32 lower-case hex digits (16 random bytes), new for every request, retries included
 */
public record RequestSignature(String kioskId, Instant timestamp, String nonce, String signature) {

    public static final String HEADER_KIOSK = "Huzhu-Kiosk";
    /**
     * Instead of {@link #HEADER_KIOSK} on an institution's request (docs/protocol.md §12.2): the institution's id,
     * which the signing bytes carry in {@code kioskId}.
     */
    public static final String HEADER_INSTITUTION = "Huzhu-Institution";
    public static final String HEADER_TIMESTAMP = "Huzhu-Timestamp";
    public static final String HEADER_NONCE = "Huzhu-Nonce";
    public static final String HEADER_SIGNATURE = "Huzhu-Signature";
    /** How far a request's timestamp may be from the server's clock, in seconds, either way. */
    public static final long FRESHNESS_SECONDS = 300;

    public RequestSignature {
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(timestamp, "timestamp");
        if (nonce == null || !nonce.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("nonce must be 32 lower-case hex digits");
        }
        if (signature == null || signature.isEmpty() || signature.length() > 512 || !signature.matches("[0-9a-f]+")
                || signature.length() % 2 != 0) {
            throw new IllegalArgumentException("signature must be lower-case hex");
        }
    }

    /** Signs a request; {@code nonce} must be fresh randomness (16 bytes). */
    public static RequestSignature sign(SignatureSuite suite, PrivateKey key, String kioskId, String method,
            String pathAndQuery, byte[] body, Instant timestamp, byte[] nonce) throws KeyMismatchException {
        String nonceHex = HexFormat.of().formatHex(nonce);
        byte[] bytes = signingBytes(suite, kioskId, method, pathAndQuery, body, timestamp, nonceHex);
        return new RequestSignature(kioskId, timestamp, nonceHex, HexFormat.of().formatHex(suite.sign(key, bytes)));
    }

    /** True if the signature verifies for this request with the kiosk's key. */
    public boolean verify(SignatureSuite suite, PublicKey key, String method, String pathAndQuery, byte[] body) {
        byte[] bytes = signingBytes(suite, kioskId, method, pathAndQuery, body, timestamp, nonce);
        return suite.verify(key, bytes, HexFormat.of().parseHex(signature));
    }

    public static byte[] signingBytes(SignatureSuite suite, String kioskId, String method, String pathAndQuery,
            byte[] body, Instant timestamp, String nonceHex) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("bodyHash", HexFormat.of().formatHex(suite.hash(body)));
        tree.put("kioskId", kioskId);
        tree.put("method", method.toUpperCase(Locale.ROOT));
        tree.put("nonce", nonceHex);
        tree.put("path", pathAndQuery);
        tree.put("timestamp", timestamp.toString());
        return ReceiptCodec.canonical(tree);
    }
}
