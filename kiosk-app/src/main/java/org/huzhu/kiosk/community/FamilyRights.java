package org.huzhu.kiosk.community;

import org.huzhu.protocol.authority.FamilyRight;

/**
 * What one family member may do for the resident they are linked to (one direction of a link): book for them, spend
 * their minutes, receive minutes from them. Every right until a social worker sets them. Immutable.
 */
public record FamilyRights(boolean mayBook, boolean mayRedeem, boolean mayReceive) {

    public static final FamilyRights ALL = new FamilyRights(true, true, true);

    public boolean holds(FamilyRight right) {
        return switch (right) {
            case BOOK -> mayBook;
            case REDEEM -> mayRedeem;
            case RECEIVE -> mayReceive;
        };
    }
}
