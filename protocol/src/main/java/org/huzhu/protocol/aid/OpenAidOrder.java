package org.huzhu.protocol.aid;

import java.time.Instant;
import java.util.UUID;

/**
 * An aid order a patient holds at the desk's hospital, as the desk shows it (docs/protocol.md §12): from which
 * charity, what for, how much is approved and paid, until when.
 */
public record OpenAidOrder(UUID orderId, String charityName, String purpose, long maxFen, long paidFen,
        Instant validUntil) {

    public long remainingFen() {
        return maxFen - paidFen;
    }

    /** The terms matching checks, for this patient at this hospital. */
    public AidOrderTerms terms(UUID patientId, String hospitalId) {
        return new AidOrderTerms(orderId, patientId, hospitalId, maxFen, paidFen, validUntil, AidOrderStatus.OPEN);
    }
}
