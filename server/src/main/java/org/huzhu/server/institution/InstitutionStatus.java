package org.huzhu.server.institution;

import java.util.Arrays;
import java.util.Optional;

/**
 * An institution's standing now: only an {@link #AUDITED} one may act. A registered one waits for a passing
 * qualification check; a suspended one is stopped until reinstated.
 */
public enum InstitutionStatus {
    REGISTERED("registered"), AUDITED("audited"), SUSPENDED("suspended");

    private final String storedName;

    InstitutionStatus(String storedName) {
        this.storedName = storedName;
    }

    public String storedName() {
        return storedName;
    }

    static Optional<InstitutionStatus> fromStoredName(String name) {
        return Arrays.stream(values()).filter(status -> status.storedName.equals(name)).findFirst();
    }
}
