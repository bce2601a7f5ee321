package org.huzhu.kiosk.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.HexFormat;
import java.util.Objects;
import org.huzhu.protocol.crypto.SignatureSuite;

/**
 * The kiosk's signing identity. The kiosk id is derived from the public key, so one cannot drift from the other.
 * The private key never leaves this object except to sign; it is stored only in the encrypted key store.
 */
public record KioskIdentity(SignatureSuite suite, PrivateKey privateKey, PublicKey publicKey) {

    public KioskIdentity {
        Objects.requireNonNull(suite);
        Objects.requireNonNull(privateKey);
        Objects.requireNonNull(publicKey);
    }

    /** {@code K-} and the first 16 hex digits of the fingerprint. */
    public String kioskId() {
        return kioskIdOf(publicKey);
    }

    /** SHA-256 of the public key's X.509 encoding, in groups of four hex digits (easy to read out on the phone). */
    public String fingerprint() {
        return fingerprintOf(publicKey);
    }

    public static String kioskIdOf(PublicKey key) {
        return "K-" + sha256Hex(key.getEncoded()).substring(0, 16);
    }

    public static String fingerprintOf(PublicKey key) {
        return String.join(" ", sha256Hex(key.getEncoded()).split("(?<=\\G.{4})"));
    }

    private static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "KioskIdentity[" + kioskId() + ", " + suite.id() + "]"; // never the private key
    }
}
