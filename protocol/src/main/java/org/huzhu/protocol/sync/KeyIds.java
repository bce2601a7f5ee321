package org.huzhu.protocol.sync;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HexFormat;

/**
 * Identifiers derived from public keys, so an id and its key cannot drift apart (ADR 0006): a kiosk id is {@code K-},
 * an institution's {@code I-} (of its signing key, ADR 0015) and a server key id {@code S-}, each followed by the
 * first 16 lower-case hex digits of SHA-256 over the key's X.509 SubjectPublicKeyInfo encoding. Thread-safe.
 */
public final class KeyIds {

    private KeyIds() {
    }

    public static String kioskIdOf(PublicKey key) {
        return "K-" + sha256Hex(key.getEncoded()).substring(0, 16);
    }

    public static String institutionIdOf(PublicKey signingKey) {
        return "I-" + sha256Hex(signingKey.getEncoded()).substring(0, 16);
    }

    public static String serverKeyIdOf(PublicKey key) {
        return "S-" + sha256Hex(key.getEncoded()).substring(0, 16);
    }

    /** The full SHA-256 of the encoded key in groups of four hex digits, for reading out over the phone. */
    public static String fingerprintOf(PublicKey key) {
        return String.join(" ", sha256Hex(key.getEncoded()).split("(?<=\\G.{4})"));
    }

    /** SHA-256 of {@code data} in lower-case hex. */
    public static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
