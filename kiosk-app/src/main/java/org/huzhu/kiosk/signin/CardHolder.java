package org.huzhu.kiosk.signin;

import java.util.Objects;

/**
 * What a social-security card says of its holder, as much as the counter needs to enrol them and no more: the name
 * printed on it, the card pseudonym (the keyed hash of the ID number, ADR 0007) and the card number masked for the
 * screen. The ID number itself never leaves the card reader's thread. Immutable.
 *
 * @param displayName      the holder's name as printed on the card
 * @param cardKey          the card pseudonym: HMAC-SHA-256 of the ID number under the deployment's secret, 64 hex
 * @param cardSerial       the card's own number as a pseudonym: HMAC-SHA-256 of {@code "serial:" + card number} under
 *                         the same secret; tells a reissued card from the lost one (ADR 0007)
 *                         digits
 * @param maskedCardNumber the card's number with all but its last four characters hidden, e.g. {@code *****0003}
 */
public record CardHolder(String displayName, String cardKey, String maskedCardNumber, String cardSerial) {

    /** Characters of a card number a resident sees, to recognise their card. */
    static final int VISIBLE_DIGITS = 4;

    public CardHolder {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(cardKey, "cardKey");
        Objects.requireNonNull(maskedCardNumber, "maskedCardNumber");
        Objects.requireNonNull(cardSerial, "cardSerial");
    }

    /** {@code cardNumber} with all but its last four characters as {@code *}. */
    static String mask(String cardNumber) {
        int hidden = Math.max(0, cardNumber.length() - VISIBLE_DIGITS);
        return "*".repeat(hidden) + cardNumber.substring(hidden);
    }

    /** Keeps names out of logs: only the first character. */
    @Override
    public String toString() {
        return "CardHolder[" + displayName.charAt(0) + "…, card " + maskedCardNumber + "]";
    }
}
