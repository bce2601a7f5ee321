package org.huzhu.protocol.aid;

import java.time.Instant;
import java.util.Optional;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;

/**
 * Whether a hospital's order matches a charity's aid order (docs/protocol.md §12): the rule the server judges every
 * {@code hospital-order.submitted} by, and the one a desk checks before it submits, so a receptionist hears what is
 * wrong while the patient is still there. Checks in the order of {@link MatchRefusal}; the first that fails is the
 * reason. Pure, stateless, thread-safe.
 */
public final class AidMatching {

    private AidMatching() {
    }

    /**
     * @param order           the aid order the hospital order names, if it exists
     * @param hospitalId      the hospital the order is submitted for (the desk's)
     * @param numberMatched   whether this hospital's order number was matched before
     * @param now             the server's clock (or the desk's, when it checks ahead): expiry is judged by it
     * @return the refusal, or empty when the two match and the amount may be paid
     */
    public static Optional<MatchRefusal> refusal(Optional<AidOrderTerms> order, HospitalOrderSubmitted submitted,
            String hospitalId, boolean numberMatched, Instant now) {
        if (order.isEmpty() || !order.get().orderId().equals(submitted.aidOrderId())) {
            return Optional.of(MatchRefusal.UNKNOWN_ORDER);
        }
        AidOrderTerms terms = order.get();
        if (!terms.hospitalId().equals(hospitalId)) {
            return Optional.of(MatchRefusal.OTHER_HOSPITAL);
        }
        if (!terms.patientId().equals(submitted.patientId())) {
            return Optional.of(MatchRefusal.OTHER_PATIENT);
        }
        if (terms.status() == AidOrderStatus.REVOKED) {
            return Optional.of(MatchRefusal.REVOKED);
        }
        if (terms.status() == AidOrderStatus.EXPIRED || now.isAfter(terms.validUntil())) {
            return Optional.of(MatchRefusal.EXPIRED);
        }
        if (numberMatched) {
            return Optional.of(MatchRefusal.ALREADY_MATCHED);
        }
        if (submitted.amountFen() > terms.remainingFen()) {
            return Optional.of(MatchRefusal.OVER_REMAINING);
        }
        return Optional.empty();
    }
}
