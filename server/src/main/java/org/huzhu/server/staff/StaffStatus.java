package org.huzhu.server.staff;

import java.util.Arrays;
import java.util.Optional;

/** A staff member's standing: only {@link #ACTIVE} staff authorise anything. Revoked is final. */
public enum StaffStatus {
    ACTIVE("active"), SUSPENDED("suspended"), REVOKED("revoked");

    private final String storedName;

    StaffStatus(String storedName) {
        this.storedName = storedName;
    }

    public String storedName() {
        return storedName;
    }

    static Optional<StaffStatus> fromStoredName(String name) {
        return Arrays.stream(values()).filter(status -> status.storedName.equals(name)).findFirst();
    }
}
