package org.huzhu.protocol.aid;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An aid order as its charity and its hospital see it (docs/protocol.md §12.6, {@code GET /v1/aid/orders/{orderId}}):
 * its terms, what it paid, returned and still holds, and its history from the application on.
 *
 * @param status {@code open}, {@code revoked} or {@code expired}
 */
public record AidOrderState(UUID orderId, UUID applicationId, String charityId, String hospitalId, String patient,
        String purpose, long maxFen, long paidFen, long returnedFen, long heldFen, String status, Instant validUntil,
        List<Event> history) {

    public AidOrderState {
        history = List.copyOf(history);
    }

    /**
     * One step of the history: {@code applied}, {@code approved}, {@code delivered}, {@code matched}, {@code paid},
     * {@code expired}, {@code revoked} or {@code returned}.
     *
     * @param reference what caused it: a transaction id, the hospital's order number, a settlement id, a reason
     */
    public record Event(String kind, long amountFen, Instant at, String reference) {
    }
}
