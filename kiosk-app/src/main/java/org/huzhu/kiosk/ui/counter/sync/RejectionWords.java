package org.huzhu.kiosk.ui.counter.sync;

import java.util.Set;

/**
 * The message keys that word a rejection: what the transaction was, why the server refused it (one sentence per
 * reason code of protocol §7 "Rejection reasons") and what staff should do. A type or reason this counter does not
 * know yet (a newer server) gets a sentence that says so, never the code.
 */
public final class RejectionWords {

    /** Every reason code of protocol §7 "Rejection reasons". */
    static final Set<String> REASONS = Set.of("staff-confirmation-required", "staff-not-authorised",
            "staff-wrong-community", "staff-revoked", "role-not-allowed", "not-authorised-for-resident",
            "task-already-confirmed", "not-family", "unknown-resident", "unknown-task", "insufficient-balance",
            "offline-no-snapshot", "offline-too-long", "offline-limit-exceeded", "unknown-slot", "service-mismatch",
            "duplicate-booking", "slot-full", "unknown-booking", "card-already-bound", "minutes-exceed-attendance",
            "unknown-transaction", "nothing-to-reverse", "not-confirmed", "already-rated", "already-no-show",
            "card-already-current", "not-your-booking", "booking-cancelled", "not-yet-taken-place",
            "until-before-from", "duplicate-notice", "unknown-notice", "already-withdrawn",
            "family-may-not-receive", "account-closed", // the last two: issue 12 part 2
            // charity aid orders and the hospital desk (issue 13)
            "hospital-order-required", "duplicate-application", "institution-unknown", "institution-not-audited",
            "institution-suspended", "staff-not-of-hospital", "aid-order-unknown", "aid-order-other-hospital",
            "aid-order-other-patient", "aid-order-revoked", "aid-order-expired", "hospital-order-already-matched",
            "amount-over-remaining",
            "face-template-unreadable", "no-face-template", // issue 14
            // resident codes and the second factor for weak sign-ins (issue 14 parts 6 and 4)
            "resident-code-revoked", "resident-code-expired", "second-factor-required");
    /** Every transaction type of protocol §7. */
    static final Set<String> TYPES = Set.of("service.confirmed", "hours.redeemed", "hours.transferred",
            "booking.created", "booking.cancelled", "resident.enrolled", "family.linked", "volunteer.checked-in",
            "volunteer.checked-out", "payment-order.matched", "volunteer.rated", "volunteer.no-show",
            "resident.profile-set", "transaction.reversed", "card.replaced", "service.rated", "notice.posted",
            "notice.withdrawn", "family.unlinked", "family.permissions-set", "resident.closed", // last three: part 2
            "aid.applied", "hospital-order.submitted", // issue 13
            "face.enrolled", "face.removed"); // issue 14
    private static final String OTHER = "other";

    private RejectionWords() {
    }

    /** "Time spent", "Enrolment", …: what the transaction was. */
    static String type(String type) {
        return "counter.rejection.type." + (TYPES.contains(type) ? type : OTHER);
    }

    /** Why the server refused it, in one sentence. */
    public static String why(String reason) {
        return "counter.rejection.why." + (REASONS.contains(reason) ? reason : OTHER);
    }

    /** What staff should do about it. */
    static String whatToDo(String reason) {
        return "counter.rejection.todo." + (REASONS.contains(reason) ? reason : OTHER);
    }
}
