package org.huzhu.kiosk.staff;

import java.util.Objects;

/**
 * A staff card lying on a reader, as read before its PIN is entered: presenting it proves nothing yet. Immutable.
 *
 * @param readerName     the reader the card is in; the PIN goes to the card in this reader only
 * @param holderName     the staff member's name from the card's certificate, to show on the PIN screen
 * @param keyFingerprint 64 lower-case hex digits naming the card's signing key; the PIN is sent only to a card that
 *                       still shows this key
 */
public record StaffCard(String readerName, String holderName, String keyFingerprint) {

    /** Digits of the fingerprint a person compares on a screen. */
    static final int SHORT_FINGERPRINT_DIGITS = 8;

    public StaffCard {
        Objects.requireNonNull(readerName, "readerName");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(keyFingerprint, "keyFingerprint");
    }

    /** The fingerprint's first eight hex digits in two groups ("1a2b 3c4d"): enough to tell two staff keys apart. */
    public static String shortFingerprint(String keyFingerprint) {
        String start = keyFingerprint.substring(0, Math.min(SHORT_FINGERPRINT_DIGITS, keyFingerprint.length()));
        return start.length() <= 4 ? start : start.substring(0, 4) + " " + start.substring(4);
    }
}
