package org.huzhu.protocol.aid;

import java.util.List;

/** The answer of {@code GET /v1/counter/institutions}: the charities and hospitals that may act, by name. */
public record AidInstitutions(List<AidInstitution> institutions) {

    public AidInstitutions {
        institutions = List.copyOf(institutions);
    }

    public List<AidInstitution> charities() {
        return institutions.stream().filter(AidInstitution::charity).toList();
    }

    public List<AidInstitution> hospitals() {
        return institutions.stream().filter(institution -> !institution.charity()).toList();
    }
}
