package org.huzhu.devices.card.sim;

import java.time.LocalDate;
import org.huzhu.devices.card.identity.Gender;

/**
 * What a simulated social-security card holds, as printed on the card.
 *
 * @param idNumber the 18-character ID number: simulated cards carry it, the kiosk only ever sees its HMAC
 */
public record SsseCardData(String cardNumber, String idNumber, String name, Gender gender, LocalDate birthDate) {
}
