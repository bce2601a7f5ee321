package org.huzhu.protocol.payload;

import java.util.UUID;

/**
 * Staff bound a resident's new social-security card in place of a lost one (docs/protocol.md §7). A reissued card
 * carries the same ID number, so its pseudonym ({@code cardHash}) stays the resident's; what tells the cards apart is
 * the card's own number. From this transaction on the resident's binding accepts only the card whose number's
 * pseudonym is {@code cardSerialHash}: any other card of theirs, the lost one included, "was replaced".
 *
 * @param cardSerialHash HMAC-SHA-256 of {@code "serial:" + card number} under the deployment's card secret, 64
 *                       lower-case hex digits (ADR 0007)
 * @param reason         why, e.g. "lost", for the monthly review
 */
public record CardReplaced(UUID residentId, String cardSerialHash, String reason) implements Payload {

    public CardReplaced {
        Checks.present("residentId", residentId);
        Checks.cardHash("cardSerialHash", cardSerialHash);
        Checks.text("reason", reason);
    }
}
