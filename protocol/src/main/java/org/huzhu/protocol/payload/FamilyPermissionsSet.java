package org.huzhu.protocol.payload;

import java.util.UUID;

/**
 * A social worker set what {@code memberId} may do for {@code residentId}, one direction of an active family link
 * (the other direction has its own record): book for them ({@code mayBook}: book, cancel and rate services, check in
 * and out as a volunteer), spend their minutes ({@code mayRedeem}: redeem and give from their balance), and receive
 * minutes from them ({@code mayReceive}). Each record replaces the three rights of its direction whole. Until one is
 * recorded a link grants all three both ways. Only staff may record it, only for an active link ({@code not-family}).
 */
public record FamilyPermissionsSet(UUID residentId, UUID memberId, boolean mayBook, boolean mayRedeem,
        boolean mayReceive) implements Payload {

    public FamilyPermissionsSet {
        Checks.twoResidents(residentId, memberId);
    }
}
