package org.huzhu.devices.card.profile;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns an ID number into the pseudonym the kiosk stores: HMAC-SHA-256 keyed by a per-deployment secret.
 *
 * <p>Why keyed: an ID number has about 37 bits of entropy (region, birth date, sequence, check digit), so a salted
 * hash stored next to its salt is brute-forced in minutes. The secret is supplied by the caller (the kiosk keeps it
 * with its signing keys) and never stored with the hashes; the same secret on every kiosk of a deployment gives the
 * same pseudonym for the same resident everywhere.
 *
 * <p>Thread-safe: a new {@link Mac} per call. Owns a copy of the secret.
 */
public final class IdNumberHasher {

    /** 128 bits: shorter secrets would make the HMAC the weak point. */
    public static final int MIN_SECRET_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public IdNumberHasher(byte[] deploymentSecret) {
        if (deploymentSecret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(
                    "deployment secret must have at least " + MIN_SECRET_BYTES + " bytes, has " + deploymentSecret.length);
        }
        this.key = new SecretKeySpec(deploymentSecret, ALGORITHM);
    }

    /** Lower-case hex HMAC of the normalised ASCII ID number. Does not keep or change {@code idNumberAscii}. */
    public String hmacHex(byte[] idNumberAscii) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(idNumberAscii));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java SE runtime must provide HmacSHA256; reaching this means a broken runtime image.
            throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime", e);
        }
    }
}
