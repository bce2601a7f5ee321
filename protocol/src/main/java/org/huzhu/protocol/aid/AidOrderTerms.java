package org.huzhu.protocol.aid;

import java.time.Instant;
import java.util.UUID;

/**
 * What a charity's aid order allows, and how much of it is paid, as matching needs it (docs/protocol.md §12).
 *
 * @param maxFen  the most the order pays in all, reserved when it was issued
 * @param paidFen what matched hospital orders took so far
 */
public record AidOrderTerms(UUID orderId, UUID patientId, String hospitalId, long maxFen, long paidFen,
        Instant validUntil, AidOrderStatus status) {

    /** What the order may still pay. */
    public long remainingFen() {
        return maxFen - paidFen;
    }
}
