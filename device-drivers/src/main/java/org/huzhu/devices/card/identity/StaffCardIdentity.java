package org.huzhu.devices.card.identity;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A staff member's PIV card, as read from its PIV Authentication certificate (slot 9A): presenting it proves nothing
 * yet. The kiosk asks for the PIN and opens a signing session with {@code ReaderService.openStaffSession}, which
 * checks that the card still shows the certificate with {@code keyFingerprint}.
 *
 * <p>Immutable: the certificate is copied in and out. Equal when all three fields are equal (the certificate by
 * content).
 *
 * @param holderName the certificate subject's common name (CN), or the whole subject when it has no CN
 * @param certificate the DER X.509 certificate of slot 9A; its key is an ECC P-256 key
 * @param keyFingerprint 64 lower-case hex digits: SHA-256 of the certificate's SubjectPublicKeyInfo (DER), the
 *     identifier under which the server knows the staff member's key
 */
public record StaffCardIdentity(String holderName, byte[] certificate, String keyFingerprint) implements CardIdentity {

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

    public StaffCardIdentity {
        Objects.requireNonNull(holderName, "holderName");
        certificate = certificate.clone();
        if (!FINGERPRINT.matcher(keyFingerprint).matches()) {
            throw new IllegalArgumentException("keyFingerprint must be 64 lower-case hex digits");
        }
    }

    @Override
    public byte[] certificate() {
        return certificate.clone();
    }

    @Override
    public String profileName() {
        return "staff card (PIV)";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffCardIdentity that && holderName.equals(that.holderName)
                && keyFingerprint.equals(that.keyFingerprint) && Arrays.equals(certificate, that.certificate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(holderName, keyFingerprint, Arrays.hashCode(certificate));
    }

    /**
     * Like the residents' identities, only the name's first character goes into logs; the certificate is long and
     * says nothing a log reader needs, so its size and the key fingerprint stand for it.
     */
    @Override
    public String toString() {
        String initial = holderName.isEmpty() ? "" : holderName.substring(0, holderName.offsetByCodePoints(0, 1));
        return "StaffCardIdentity[holder=" + initial + "…, key=" + keyFingerprint + ", certificate="
                + certificate.length + " bytes]";
    }

    /** The fingerprint's first 8 hex digits, enough for a person to compare two keys on a screen. */
    public String shortFingerprint() {
        return keyFingerprint.substring(0, 8);
    }
}
