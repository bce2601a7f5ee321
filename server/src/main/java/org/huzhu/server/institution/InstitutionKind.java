package org.huzhu.server.institution;

import java.util.Arrays;
import java.util.Optional;

/** What an institution is: a charity issues aid orders, a hospital is paid on them (ADR 0015). */
public enum InstitutionKind {
    CHARITY("charity"), HOSPITAL("hospital");

    private final String storedName;

    InstitutionKind(String storedName) {
        this.storedName = storedName;
    }

    /** The name in the database, the commands and the protocol. */
    public String storedName() {
        return storedName;
    }

    public static Optional<InstitutionKind> fromStoredName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.storedName.equals(name)).findFirst();
    }
}
