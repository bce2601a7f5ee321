package org.huzhu.protocol.payload;

import java.util.UUID;

/**
 * A social worker recorded that two residents are family. The link works both ways: either may transfer minutes to
 * the other or book a service for them. Only staff (card and PIN) may create it, only between enrolled residents;
 * linking the same two again (in either order) is accepted and changes nothing.
 */
public record FamilyLinked(UUID residentId, UUID memberId) implements Payload {

    public FamilyLinked {
        Checks.present("residentId", residentId);
        Checks.present("memberId", memberId);
        if (residentId.equals(memberId)) {
            throw new IllegalArgumentException("a family link needs two different residents");
        }
    }
}
