package org.huzhu.protocol.aid;

import java.util.Arrays;
import java.util.Optional;

/** Where an aid order stands (ADR 0015). Only an open order pays; the other two returned what remained, once. */
public enum AidOrderStatus {
    OPEN("open"),
    /** Its charity revoked it. */
    REVOKED("revoked"),
    /** Its {@code validUntil} passed. */
    EXPIRED("expired");

    private final String wireName;

    AidOrderStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<AidOrderStatus> fromWireName(String name) {
        return Arrays.stream(values()).filter(status -> status.wireName.equals(name)).findFirst();
    }
}
