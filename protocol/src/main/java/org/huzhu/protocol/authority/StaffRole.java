package org.huzhu.protocol.authority;

import java.util.Arrays;
import java.util.Optional;

/** What a staff member is registered as; {@link AuthorityRules} says what each may authorise. */
public enum StaffRole {
    /** Enrols residents, binds and replaces cards, links family, confirms volunteer work, acts for residents. */
    SOCIAL_WORKER("social-worker"),
    /** Runs a community's counter: everything a social worker may. */
    COORDINATOR("coordinator"),
    /** A hospital's reception desk: identifies patients and matches payment orders; never touches minutes. */
    HOSPITAL_DESK("hospital-desk");

    private final String wireName;

    StaffRole(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<StaffRole> fromWireName(String name) {
        return Arrays.stream(values()).filter(role -> role.wireName.equals(name)).findFirst();
    }
}
