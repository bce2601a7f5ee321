package org.huzhu.devices.card.identity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The holder of a social-security card, reduced to what the kiosk needs.
 *
 * <p>The ID number (which equals the social-security number) is not here: only its HMAC-SHA-256 under the deployment's
 * secret, to find the resident again, and its last four characters, to show a masked form a resident recognises. A
 * plain salted hash would not do: ID numbers are structured and low-entropy, so anyone holding the hash and the salt
 * could enumerate them; without the secret key the HMAC cannot be enumerated.
 *
 * @param cardNumber the card's own number (EF05), e.g. "A12345678"
 * @param displayName the holder's name as printed on the card
 * @param idNumberHmac lower-case hex HMAC-SHA-256 of the upper-case ID number
 * @param idNumberLastFour the ID number's last four characters, for masked display only
 */
public record SocialSecurityIdentity(String cardNumber, String displayName, String idNumberHmac,
                                     String idNumberLastFour, Gender gender, LocalDate birthDate)
        implements CardIdentity {

    /** Length of a mainland resident ID number; the masked form keeps its shape. */
    public static final int ID_NUMBER_LENGTH = 18;

    public SocialSecurityIdentity {
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(idNumberHmac, "idNumberHmac");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthDate, "birthDate");
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("displayName must not be blank");
        }
        if (idNumberLastFour.length() != 4) {
            throw new IllegalArgumentException("idNumberLastFour must have 4 characters");
        }
    }

    /** The ID number as it may be shown or printed: {@code **************123X}. */
    public String maskedIdNumber() {
        return "*".repeat(ID_NUMBER_LENGTH - 4) + idNumberLastFour;
    }

    @Override
    public String profileName() {
        return "social-security card";
    }

    /** Keeps names out of logs that print events: only the first character of the name is shown. */
    @Override
    public String toString() {
        return "SocialSecurityIdentity[cardNumber=" + cardNumber + ", name=" + displayName.charAt(0) + "…"
                + ", id=" + maskedIdNumber() + "]";
    }
}
