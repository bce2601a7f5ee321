package org.huzhu.protocol.residentcode;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.huzhu.protocol.crypto.SignatureSuite;

/**
 * A resident code as read from its text, with the signature it carries (checked or not, as the caller's method says:
 * {@link ResidentCodes#verify} or {@link ResidentCodes#parse}). Immutable.
 */
public final class SignedResidentCode {

    /** What the actor pseudonym's HMAC covers besides the code id. */
    static final String ACTOR_DOMAIN = "huzhu-resident-code-actor-1:";

    private final ResidentCode code;
    private final SignatureSuite suite;
    private final byte[] signature;

    SignedResidentCode(ResidentCode code, SignatureSuite suite, byte[] signature) {
        this.code = Objects.requireNonNull(code);
        this.suite = Objects.requireNonNull(suite);
        this.signature = signature.clone();
    }

    public ResidentCode code() {
        return code;
    }

    public SignatureSuite suite() {
        return suite;
    }

    public byte[] signature() {
        return signature.clone();
    }

    /**
     * The pseudonym a transaction's actor carries when this code signed the resident in (method
     * {@code resident-code}): HMAC-SHA-256 keyed with the code's signature over {@value #ACTOR_DOMAIN} + the code id,
     * 64 lower-case hex. Only someone who saw the code can compute it: the code id alone (which revocations list)
     * does not give it, and the server keeps the pseudonym, not the signature (ADR 0018).
     */
    public String actorHash() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signature, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(
                    (ACTOR_DOMAIN + code.codeId()).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256 and takes any non-empty key", e);
        }
    }
}
