package org.huzhu.protocol.payload;

import java.util.UUID;

/**
 * A social worker enrolled a resident and bound a card. Only keyed hashes of the card and ID numbers travel.
 *
 * @param cardNumberHash the card pseudonym, 64 lower-case hex digits (docs/protocol.md §1, "Card hashes")
 * @param idNumberHash HMAC of the national ID number under the deployment's key, lower-case hex
 */
public record ResidentEnrolled(UUID residentId, String cardNumberHash, String idNumberHash, String displayName)
        implements Payload {

    public ResidentEnrolled {
        Checks.present("residentId", residentId);
        Checks.cardHash("cardNumberHash", cardNumberHash);
        Checks.text("idNumberHash", idNumberHash);
        Checks.text("displayName", displayName);
    }
}
