package org.huzhu.protocol.payload;

import java.util.List;
import java.util.UUID;

/**
 * A social worker recorded, with the resident at the counter, an application for aid from a charity towards treatment
 * at a hospital (ADR 0015): what for, how much is asked (fen), and the supporting documents. Only staff may record it;
 * the charity receives it sealed to its key and may approve it by issuing an aid order.
 */
public record AidApplied(UUID applicationId, UUID residentId, String charityId, String hospitalId, String purpose,
        long amountFen, List<AidDocument> documents) implements Payload {

    /** More documents than a social worker would photograph for one application. */
    static final int MAX_DOCUMENTS = 20;

    public AidApplied {
        Checks.present("applicationId", applicationId);
        Checks.present("residentId", residentId);
        Checks.institutionId("charityId", charityId);
        Checks.institutionId("hospitalId", hospitalId);
        Checks.text("purpose", purpose);
        Checks.positiveAmount("amountFen", amountFen);
        Checks.present("documents", documents);
        if (documents.size() > MAX_DOCUMENTS) {
            throw new IllegalArgumentException("at most " + MAX_DOCUMENTS + " documents");
        }
        documents = List.copyOf(documents);
    }
}
