package org.huzhu.kiosk.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.huzhu.protocol.aid.AidOrderStatus;

/**
 * A charity's aid order for a resident, as the resident is told of it (ADR 0015, snapshot member {@code aidOrders}):
 * who gives, for which hospital, up to how much (fen), until when, and each payment to the hospital.
 *
 * @param status   once not open (revoked by the charity or past {@code validUntil}), what was not paid went back to the
 *                 charity
 * @param payments oldest first; they add up to {@code paidFen}
 */
public record AidOrder(UUID id, String charityName, String hospitalName, long approvedFen, long paidFen,
        AidOrderStatus status, Instant validUntil, List<Payment> payments) {

    /** One payment to the hospital, in fen, when the hospital's order matched. */
    public record Payment(long amountFen, Instant paidAt) {
    }

    public AidOrder {
        payments = List.copyOf(payments);
    }

    /** What the hospital may still be paid while the order is open; what went back to the charity once it is not. */
    public long remainingFen() {
        return approvedFen - paidFen;
    }
}
