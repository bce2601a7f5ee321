package org.huzhu.protocol.payload;

import java.util.UUID;

/**
 * A social worker ended the family link between two residents, both ways, whichever order it was recorded in. The
 * link's history stays; a later {@code family.linked} of the same two links them again. Only staff (card and PIN) may
 * record it, and only for an active link ({@code not-family} otherwise).
 *
 * @param reason why, in the staff member's words, for the monthly review
 */
public record FamilyUnlinked(UUID residentId, UUID memberId, String reason) implements Payload {

    public FamilyUnlinked {
        Checks.twoResidents(residentId, memberId);
        Checks.text("reason", reason);
    }
}
