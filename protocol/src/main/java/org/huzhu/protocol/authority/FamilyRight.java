package org.huzhu.protocol.authority;

/**
 * What a family member may do for the resident they are linked to (docs/protocol.md §7.1), granted per direction by
 * {@code family.permissions-set}; a link without that record grants all three both ways. {@link AuthorityRules#rightNeeded}
 * says which one a type acting for a resident needs, the same on kiosk and server.
 */
public enum FamilyRight {
    /** Book, cancel and rate services for the resident, and check them in and out as a volunteer. */
    BOOK("book"),
    /** Spend the resident's minutes: redeem them and give them from the resident's balance. */
    REDEEM("redeem"),
    /** Receive minutes the resident gives ({@code hours.transferred} to the member). */
    RECEIVE("receive");

    private final String key;

    FamilyRight(String key) {
        this.key = key;
    }

    /**
     * Its short name, as in {@code mayBook}, {@code mayRedeem}, {@code mayReceive} without the prefix: the stores
     * name their columns {@code may_<key>} by it.
     */
    public String key() {
        return key;
    }
}
