package org.huzhu.protocol.aid;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a hospital order does not match the aid order it names (docs/protocol.md §12, matching rules), in the order
 * they are checked: the rejection code of a {@code hospital-order.submitted}. Each is something a receptionist can
 * act on; none moves money.
 */
public enum MatchRefusal {
    /** No such aid order: the number was typed wrong, or the order was never issued. */
    UNKNOWN_ORDER("aid-order-unknown"),
    /** The order was approved for another hospital. */
    OTHER_HOSPITAL("aid-order-other-hospital"),
    /** The order is another patient's. */
    OTHER_PATIENT("aid-order-other-patient"),
    /** The charity revoked it. */
    REVOKED("aid-order-revoked"),
    /** Its {@code validUntil} passed; what remained went back to the charity. */
    EXPIRED("aid-order-expired"),
    /** This hospital order number was matched before: it is never paid twice. */
    ALREADY_MATCHED("hospital-order-already-matched"),
    /** The amount is more than the order still allows. */
    OVER_REMAINING("amount-over-remaining"),
    /** The hospital, or the order's charity, is suspended: it can do nothing until reinstated. */
    INSTITUTION_SUSPENDED("institution-suspended"),
    /** The staff card is not of the hospital this desk was enrolled for. */
    STAFF_NOT_OF_HOSPITAL("staff-not-of-hospital");

    private final String code;

    MatchRefusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<MatchRefusal> fromCode(String code) {
        return Arrays.stream(values()).filter(refusal -> refusal.code.equals(code)).findFirst();
    }
}
