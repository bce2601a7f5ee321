package org.huzhu.protocol.aid;

import java.util.List;
import java.util.UUID;

/**
 * The answer to a hospital desk's patient look-up (docs/protocol.md §12): who the card belongs to, and their open aid
 * orders at the desk's hospital, soonest to expire first. Nothing about orders at other hospitals.
 */
public record PatientAtDesk(UUID residentId, String displayName, List<OpenAidOrder> orders) {

    public PatientAtDesk {
        orders = List.copyOf(orders);
    }
}
