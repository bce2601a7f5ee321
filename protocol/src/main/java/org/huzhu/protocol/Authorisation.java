package org.huzhu.protocol;

import java.util.HexFormat;
import java.util.Objects;

/**
 * A staff member's signature over a transaction's authorised content ({@link TransactionCodec#authorisedContent}),
 * made on their staff card while they are signed in (docs/protocol.md §1.1, ADR 0011). The kiosk cannot make one:
 * the private key never leaves the card.
 *
 * @param algorithm {@value #ECDSA_P256_SHA256}, the only one so far: ECDSA on P-256 over SHA-256 of the content
 * @param key       which staff key signed: 64 lower-case hex digits of SHA-256 over the key's SubjectPublicKeyInfo
 * @param signature lower-case hex of the DER {@code SEQUENCE} of the {@code INTEGER}s r and s
 */
public record Authorisation(String algorithm, String key, String signature) {

    public static final String ECDSA_P256_SHA256 = "ecdsa-p256-sha256";

    public Authorisation {
        Objects.requireNonNull(algorithm, "algorithm");
        if (!algorithm.equals(ECDSA_P256_SHA256)) {
            throw new IllegalArgumentException("unknown authorisation algorithm '" + algorithm + "'");
        }
        if (key == null || !Actor.isHash(key)) {
            throw new IllegalArgumentException("key must be 64 lower-case hex digits");
        }
        if (signature == null || signature.isEmpty() || signature.length() > 512 || signature.length() % 2 != 0
                || !signature.chars().allMatch(c -> HexFormat.isHexDigit(c) && !Character.isUpperCase(c))) {
            throw new IllegalArgumentException("signature must be lower-case hex, 2..512 digits");
        }
    }

    /** The authorisation a staff card's DER ECDSA signature of the authorised content's digest makes. */
    public static Authorisation ofCardSignature(String keyFingerprint, byte[] derSignature) {
        return new Authorisation(ECDSA_P256_SHA256, keyFingerprint, HexFormat.of().formatHex(derSignature));
    }

    public byte[] signatureBytes() {
        return HexFormat.of().parseHex(signature);
    }
}
