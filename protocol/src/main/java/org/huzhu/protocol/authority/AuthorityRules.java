package org.huzhu.protocol.authority;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.huzhu.protocol.TransactionType;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.payload.BookingCancelled;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.protocol.payload.CardReplaced;
import org.huzhu.protocol.payload.FaceEnrolled;
import org.huzhu.protocol.payload.FaceRemoved;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.FamilyPermissionsSet;
import org.huzhu.protocol.payload.FamilyUnlinked;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.PaymentOrderMatched;
import org.huzhu.protocol.payload.ResidentClosed;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.TransactionReversed;
import org.huzhu.protocol.payload.VolunteerCheckedIn;
import org.huzhu.protocol.payload.ResidentProfileSet;
import org.huzhu.protocol.payload.VolunteerCheckedOut;
import org.huzhu.protocol.payload.VolunteerNoShow;
import org.huzhu.protocol.payload.VolunteerRated;
import org.huzhu.protocol.payload.NoticePosted;
import org.huzhu.protocol.payload.NoticeWithdrawn;
import org.huzhu.protocol.payload.ServiceRated;

/**
 * Who may authorise what (docs/protocol.md §7.1): the same rule on the kiosk, before it records, and on the server,
 * which judges every transaction by it. A kiosk's word is never enough for a staff action, and a resident's minutes
 * and bookings are theirs: only their own card, a linked family member's card, or a staff member's card signature
 * acts for them, and a family member's card only with the {@link FamilyRight} the type needs. Pure, stateless,
 * thread-safe.
 */
public final class AuthorityRules {

    public static final String STAFF_CONFIRMATION_REQUIRED = "staff-confirmation-required";
    public static final String STAFF_NOT_AUTHORISED = "staff-not-authorised";
    public static final String STAFF_REVOKED = "staff-revoked";
    public static final String STAFF_WRONG_COMMUNITY = "staff-wrong-community";
    public static final String ROLE_NOT_ALLOWED = "role-not-allowed";
    public static final String NOT_AUTHORISED_FOR_RESIDENT = "not-authorised-for-resident";

    /** Acting for a resident: spending or booking their minutes, checking them in or out as a volunteer. */
    private static final Set<TransactionType> FOR_A_RESIDENT = EnumSet.of(TransactionType.HOURS_REDEEMED,
            TransactionType.HOURS_TRANSFERRED, TransactionType.BOOKING_CREATED, TransactionType.BOOKING_CANCELLED,
            TransactionType.VOLUNTEER_CHECKED_IN, TransactionType.VOLUNTEER_CHECKED_OUT,
            // residents' voice (issue 12 part 7): a rating is the resident's word, given by their card or for them
            TransactionType.SERVICE_RATED);
    /** Only staff may: whoever the actor is, a staff authorisation must be there. */
    private static final Set<TransactionType> STAFF_ONLY = EnumSet.of(TransactionType.SERVICE_CONFIRMED,
            TransactionType.RESIDENT_ENROLLED, TransactionType.FAMILY_LINKED, TransactionType.PAYMENT_ORDER_MATCHED,
            TransactionType.TRANSACTION_REVERSED, TransactionType.VOLUNTEER_RATED, TransactionType.VOLUNTEER_NO_SHOW,
            TransactionType.RESIDENT_PROFILE_SET, TransactionType.CARD_REPLACED,
            // the centre's notices (issue 12 part 7)
            TransactionType.NOTICE_POSTED, TransactionType.NOTICE_WITHDRAWN,
            // family unlink and one-way rights (issue 12 part 2)
            TransactionType.FAMILY_UNLINKED, TransactionType.FAMILY_PERMISSIONS_SET,
            TransactionType.RESIDENT_CLOSED, // closing an account (issue 12 part 2)
            // charity aid orders and the hospital desk (issue 13)
            TransactionType.AID_APPLIED, TransactionType.HOSPITAL_ORDER_SUBMITTED,
            TransactionType.FACE_ENROLLED, TransactionType.FACE_REMOVED); // face sign-in (issue 14)

    /** The family right a member's card needs to act for the resident, per type acting for a resident. */
    private static final Map<TransactionType, FamilyRight> RIGHT_NEEDED = Map.of(
            TransactionType.BOOKING_CREATED, FamilyRight.BOOK, TransactionType.BOOKING_CANCELLED, FamilyRight.BOOK,
            TransactionType.VOLUNTEER_CHECKED_IN, FamilyRight.BOOK,
            TransactionType.VOLUNTEER_CHECKED_OUT, FamilyRight.BOOK, TransactionType.SERVICE_RATED, FamilyRight.BOOK,
            TransactionType.HOURS_REDEEMED, FamilyRight.REDEEM, TransactionType.HOURS_TRANSFERRED, FamilyRight.REDEEM);
    private static final Set<TransactionType> COUNTER_WORK;
    private static final Map<StaffRole, Set<TransactionType>> MAY_AUTHORISE;

    static {
        Set<TransactionType> counter = EnumSet.copyOf(FOR_A_RESIDENT);
        counter.addAll(EnumSet.of(TransactionType.SERVICE_CONFIRMED, TransactionType.RESIDENT_ENROLLED,
                TransactionType.FAMILY_LINKED, TransactionType.TRANSACTION_REVERSED, TransactionType.VOLUNTEER_RATED,
                TransactionType.VOLUNTEER_NO_SHOW, TransactionType.RESIDENT_PROFILE_SET,
                TransactionType.CARD_REPLACED));
        counter.addAll(EnumSet.of(TransactionType.NOTICE_POSTED, TransactionType.NOTICE_WITHDRAWN)); // issue 12 part 7
        counter.addAll(EnumSet.of(TransactionType.FAMILY_UNLINKED, TransactionType.FAMILY_PERMISSIONS_SET)); // part 2
        counter.add(TransactionType.RESIDENT_CLOSED); // issue 12 part 2
        counter.add(TransactionType.AID_APPLIED); // issue 13
        counter.addAll(EnumSet.of(TransactionType.FACE_ENROLLED, TransactionType.FACE_REMOVED)); // issue 14
        COUNTER_WORK = Set.copyOf(counter);
        MAY_AUTHORISE = Map.of(
                StaffRole.SOCIAL_WORKER, COUNTER_WORK,
                StaffRole.COORDINATOR, COUNTER_WORK,
                // A hospital desk submits its hospital's orders; payment-order.matched stays allowed so that the
                // server's answer to a desk still sending it is hospital-order-required, not a role refusal.
                StaffRole.HOSPITAL_DESK, Set.of(TransactionType.HOSPITAL_ORDER_SUBMITTED,
                        TransactionType.PAYMENT_ORDER_MATCHED));
    }

    private AuthorityRules() {
    }

    /** Whether a transaction of {@code type} needs a staff authorisation whoever the actor is. */
    public static boolean needsStaff(TransactionType type) {
        return STAFF_ONLY.contains(type);
    }

    /** Whether someone holding {@code roles} may authorise {@code type}. */
    public static boolean mayAuthorise(Set<StaffRole> roles, TransactionType type) {
        return roles.stream().anyMatch(role -> MAY_AUTHORISE.get(role).contains(type));
    }

    /** The types {@code role} may authorise, for documentation and the operator's {@code staff list}. */
    public static Set<TransactionType> authorisedBy(StaffRole role) {
        return MAY_AUTHORISE.get(role);
    }

    /**
     * The right a linked family member's card needs to act for the resident of a {@code type} that acts for one
     * ({@link #actingFor}); empty for the types that act for nobody. A transfer's receiver needs
     * {@link FamilyRight#RECEIVE} besides, which is the rule of the type, not of authority.
     */
    public static Optional<FamilyRight> rightNeeded(TransactionType type) {
        return Optional.ofNullable(RIGHT_NEEDED.get(type));
    }

    /** The resident a transaction acts for (whose minutes, booking or attendance it is), if any. */
    public static Optional<UUID> actingFor(Payload payload) {
        return switch (payload) {
            case HoursRedeemed redeem -> Optional.of(redeem.residentId());
            case HoursTransferred transfer -> Optional.of(transfer.fromResidentId());
            case BookingCreated booking -> Optional.of(booking.residentId());
            case BookingCancelled cancel -> Optional.of(cancel.residentId());
            case VolunteerCheckedIn checkIn -> Optional.of(checkIn.volunteerId());
            case VolunteerCheckedOut checkOut -> Optional.of(checkOut.volunteerId());
            case ServiceConfirmed ignored -> Optional.empty();
            case ResidentEnrolled ignored -> Optional.empty();
            case FamilyLinked ignored -> Optional.empty();
            case PaymentOrderMatched ignored -> Optional.empty();
            case TransactionReversed ignored -> Optional.empty();
            case VolunteerRated ignored -> Optional.empty();
            case VolunteerNoShow ignored -> Optional.empty();
            case ResidentProfileSet ignored -> Optional.empty();
            case CardReplaced ignored -> Optional.empty();
            // residents' voice and the centre's notices (issue 12 part 7)
            case ServiceRated rating -> Optional.of(rating.residentId());
            case NoticePosted ignored -> Optional.empty();
            case NoticeWithdrawn ignored -> Optional.empty();
            // family unlink and one-way rights (issue 12 part 2)
            case FamilyUnlinked ignored -> Optional.empty();
            case FamilyPermissionsSet ignored -> Optional.empty();
            case ResidentClosed ignored -> Optional.empty(); // staff close it; the resident does not act
            // charity aid orders and the hospital desk (issue 13): staff act, with the resident before them
            case AidApplied ignored -> Optional.empty();
            case HospitalOrderSubmitted ignored -> Optional.empty();
            // face sign-in (issue 14): staff enrol and delete, with the resident before them
            case FaceEnrolled ignored -> Optional.empty();
            case FaceRemoved ignored -> Optional.empty();
        };
    }

    /**
     * Judges the authority behind one transaction; the first failing check, in this order, is the reason:
     * an authorisation that does not hold ({@value #STAFF_NOT_AUTHORISED}, {@value #STAFF_REVOKED},
     * {@value #STAFF_WRONG_COMMUNITY}); a staff-only type without one ({@value #STAFF_CONFIRMATION_REQUIRED}); staff
     * whose roles do not cover the type ({@value #ROLE_NOT_ALLOWED}); acting for a resident who is neither the actor
     * nor actively linked to the actor's card with the right the type needs ({@value #NOT_AUTHORISED_FOR_RESIDENT}).
     *
     * @param actorMayActForResident the actor's card is bound to the resident the transaction acts for, or to a
     *                               family member actively linked to them who holds {@link #rightNeeded} for the
     *                               type; ignored for types that act for nobody
     * @return the rejection reason, or empty when the authority is sufficient
     */
    public static Optional<String> refusal(Payload payload, StaffStanding staff, boolean actorMayActForResident) {
        TransactionType type = TransactionType.of(payload);
        switch (staff) {
            case StaffStanding.NotAuthorised ignored -> {
                return Optional.of(STAFF_NOT_AUTHORISED);
            }
            case StaffStanding.Revoked ignored -> {
                return Optional.of(STAFF_REVOKED);
            }
            case StaffStanding.WrongCommunity ignored -> {
                return Optional.of(STAFF_WRONG_COMMUNITY);
            }
            case StaffStanding.None ignored -> {
                if (needsStaff(type)) {
                    return Optional.of(STAFF_CONFIRMATION_REQUIRED);
                }
            }
            case StaffStanding.Valid valid -> {
                // Staff who sign must be allowed what they sign, even where a resident alone could have done it.
                return mayAuthorise(valid.roles(), type) ? Optional.empty() : Optional.of(ROLE_NOT_ALLOWED);
            }
        }
        if (actingFor(payload).isPresent() && !actorMayActForResident) {
            return Optional.of(NOT_AUTHORISED_FOR_RESIDENT);
        }
        return Optional.empty();
    }

    /** Whether a valid staff authorisation covers the transaction, so the offline limits do not apply. */
    public static boolean staffOverride(Payload payload, StaffStanding staff) {
        return staff instanceof StaffStanding.Valid valid && mayAuthorise(valid.roles(), TransactionType.of(payload));
    }
}
