package org.huzhu.server.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionType;
import org.huzhu.protocol.UnsignedTransaction;
import org.huzhu.protocol.authority.AuthorityRules;
import org.huzhu.protocol.authority.FamilyRight;
import org.huzhu.protocol.authority.StaffStanding;
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
import org.huzhu.protocol.payload.NoticePosted;
import org.huzhu.protocol.payload.NoticeWithdrawn;
import org.huzhu.protocol.payload.PaymentOrderMatched;
import org.huzhu.protocol.payload.ResidentClosed;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ResidentProfileSet;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.ServiceRated;
import org.huzhu.protocol.payload.TransactionReversed;
import org.huzhu.protocol.payload.VolunteerCheckedIn;
import org.huzhu.protocol.payload.VolunteerCheckedOut;
import org.huzhu.protocol.payload.VolunteerNoShow;
import org.huzhu.protocol.payload.VolunteerRated;
import org.huzhu.protocol.policy.OfflineDecision;
import org.huzhu.protocol.policy.OfflinePolicy;
import org.huzhu.protocol.policy.OfflineSpend;
import org.huzhu.protocol.policy.SecondFactorPolicy;
import org.huzhu.server.aid.AidDelivery;
import org.huzhu.server.catalogue.Catalogue;
import org.huzhu.server.catalogue.Snapshots;
import org.huzhu.server.community.AccountClosures;
import org.huzhu.server.community.Attendance;
import org.huzhu.server.community.ConfirmedTasks;
import org.huzhu.server.community.FamilyLinks;
import org.huzhu.server.community.Notices;
import org.huzhu.server.community.ResidentProfiles;
import org.huzhu.server.community.ServiceRatings;
import org.huzhu.server.community.VolunteerOutcomes;
import org.huzhu.server.community.VolunteerTasks;
import org.huzhu.server.face.FaceTemplateService;
import org.huzhu.server.institution.Inbox;
import org.huzhu.server.ledger.Ledger;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.residentcode.ResidentCodeRecords;
import org.huzhu.server.residentcode.ResidentCodeRules;
import org.huzhu.server.staff.StaffKeyCache;

/**
 * Judges a verified transaction and applies its effect on the ledger and catalogue when it is accepted
 * (docs/protocol.md, "Business rules"). Authority first ({@link AuthorityRules}, the rule kiosks apply too): staff
 * authorisations checked against the registry, and whether the actor may act for the resident concerned; then the
 * rules of the type. A rejected transaction changes nothing. Immutable, thread-safe; works inside the caller's
 * transaction.
 */
public final class BusinessRules {

    public static final String INSUFFICIENT_BALANCE = "insufficient-balance";
    public static final String BELOW_SOFT_LIMIT = "below-soft-limit";
    public static final String STAFF_CONFIRMATION_REQUIRED = AuthorityRules.STAFF_CONFIRMATION_REQUIRED;
    public static final String TASK_ALREADY_CONFIRMED = "task-already-confirmed";
    public static final String UNKNOWN_SLOT = "unknown-slot";
    public static final String SERVICE_MISMATCH = "service-mismatch";
    public static final String SLOT_FULL = "slot-full";
    public static final String DUPLICATE_BOOKING = "duplicate-booking";
    public static final String UNKNOWN_BOOKING = "unknown-booking";
    public static final String CARD_ALREADY_BOUND = "card-already-bound";
    public static final String NOT_FAMILY = "not-family";
    public static final String UNKNOWN_RESIDENT = "unknown-resident";
    public static final String UNKNOWN_TASK = "unknown-task";
    public static final String UNKNOWN_TRANSACTION = "unknown-transaction";
    public static final String MINUTES_EXCEED_ATTENDANCE = "minutes-exceed-attendance";
    public static final String NOTHING_TO_REVERSE = "nothing-to-reverse";
    public static final String NOT_CONFIRMED = "not-confirmed";
    public static final String ALREADY_RATED = "already-rated";
    public static final String ALREADY_NO_SHOW = "already-no-show";
    public static final String CARD_ALREADY_CURRENT = "card-already-current";
    // residents' voice and the centre's notices (issue 12 part 7)
    public static final String NOT_YOUR_BOOKING = "not-your-booking";
    public static final String BOOKING_CANCELLED = "booking-cancelled";
    public static final String NOT_YET_TAKEN_PLACE = "not-yet-taken-place";
    public static final String UNTIL_BEFORE_FROM = "until-before-from";
    public static final String DUPLICATE_NOTICE = "duplicate-notice";
    public static final String UNKNOWN_NOTICE = "unknown-notice";
    public static final String ALREADY_WITHDRAWN = "already-withdrawn";
    // family unlink and one-way rights (issue 12 part 2)
    public static final String FAMILY_MAY_NOT_RECEIVE = "family-may-not-receive";
    // closing an account (issue 12 part 2)
    public static final String ACCOUNT_CLOSED = "account-closed";
    // charity aid orders and the hospital desk (issue 13): the matching refusals are MatchRefusal's codes
    public static final String DUPLICATE_APPLICATION = AidRules.DUPLICATE_APPLICATION;
    public static final String HOSPITAL_ORDER_REQUIRED = AidRules.HOSPITAL_ORDER_REQUIRED;
    // resident codes and the second factor for weak sign-ins (issue 14 parts 6 and 4)
    public static final String RESIDENT_CODE_REVOKED = ResidentCodeRules.RESIDENT_CODE_REVOKED;
    public static final String RESIDENT_CODE_EXPIRED = ResidentCodeRules.RESIDENT_CODE_EXPIRED;
    public static final String SECOND_FACTOR_REQUIRED = SecondFactorPolicy.SECOND_FACTOR_REQUIRED;

    private final LedgerLimits limits;
    private final OfflinePolicy offlinePolicy;
    private final Clock clock;
    private final StaffAuthorisations staffAuthorisations;
    private final AidRules aid;
    private final FaceTemplateService faces;
    private final SecondFactorPolicy secondFactor;
    private final String community;

    /**
     * @param community the community this server keeps the ledger of (one per server for now)
     * @param staffKeys the same cache the server's {@link EnvelopeChecker} verifies staff signatures ahead with
     * @param inbox     where what the institutions must hear of goes, sealed (applications for aid)
     * @param faces        where enrolled face templates go (ADR 0019)
     * @param secondFactor when a face or resident-code sign-in needs the card too (docs/protocol.md §8.1)
     */
    public BusinessRules(LedgerLimits limits, OfflinePolicy offlinePolicy, Clock clock, String community,
            StaffKeyCache staffKeys, Inbox inbox, FaceTemplateService faces, SecondFactorPolicy secondFactor) {
        this.secondFactor = secondFactor;
        this.community = community;
        this.limits = limits;
        this.offlinePolicy = offlinePolicy;
        this.clock = clock;
        this.staffAuthorisations = new StaffAuthorisations(community, staffKeys);
        this.aid = new AidRules(new AidDelivery(inbox));
        this.faces = faces;
    }

    /** The community whose ledger, and transparency log, these rules keep. */
    public String community() {
        return community;
    }

    public LedgerLimits limits() {
        return limits;
    }

    public OfflinePolicy offlinePolicy() {
        return offlinePolicy;
    }

    /**
     * Judges and applies one transaction.
     *
     * @param staffSignaturesVerified for authorisations checked ahead ({@link EnvelopeChecker}), by key, whether the
     *                                signature verifies; the others are verified here
     */
    public Outcome apply(Connection connection, Transaction transaction, Map<String, Boolean> staffSignaturesVerified)
            throws SQLException {
        UnsignedTransaction body = transaction.body();
        String id = body.id().toString();
        Instant now = clock.instant();
        StaffStanding staff = staffAuthorisations.standing(connection, body, staffSignaturesVerified);
        boolean mayAct = AuthorityRules.actingFor(body.payload()).isEmpty()
                || actorMayActFor(connection, body.actor(), AuthorityRules.actingFor(body.payload()).get(),
                        AuthorityRules.rightNeeded(TransactionType.of(body.payload())).orElseThrow());
        Optional<String> refusal = AuthorityRules.refusal(body.payload(), staff, mayAct);
        if (refusal.isPresent()) {
            return Outcome.rejected(refusal.get());
        }
        // A resident code in force at createdAt (docs/protocol.md §13.4); staff with the resident need none.
        Optional<String> codeRefusal = staff instanceof StaffStanding.None
                ? ResidentCodeRules.refusal(connection, body) : Optional.empty();
        if (codeRefusal.isPresent()) {
            return Outcome.rejected(codeRefusal.get());
        }
        if (ClosedAccounts.concernsClosed(connection, body.actor(), body.payload())) {
            return Outcome.rejected(ACCOUNT_CLOSED);
        }
        boolean staffOverride = AuthorityRules.staffOverride(body.payload(), staff);
        Optional<String> cardNeeded = secondFactor.refusal(body.actor(), body.payload(), staffOverride);
        if (cardNeeded.isPresent()) {
            return Outcome.rejected(cardNeeded.get());
        }
        return switch (body.payload()) {
            case HoursRedeemed redeem -> spend(connection, body, staffOverride, redeem.residentId(), redeem.minutes(),
                    () -> Ledger.post(connection, Ledger.residentAccount(redeem.residentId()), Ledger.POOL,
                            redeem.minutes(), Ledger.Kind.REDEEM, id, redeem.bookingId().toString(), null, now));
            case HoursTransferred transfer -> transfer(connection, body, staffOverride, transfer, now);
            case ServiceConfirmed confirmed -> confirm(connection, body, confirmed, now);
            case BookingCreated booking -> book(connection, id, booking);
            case BookingCancelled cancel -> cancel(connection, id, cancel, now);
            case ResidentEnrolled enrolled -> enrol(connection, enrolled);
            // Check-in/out only record attendance: minutes become credit when staff confirm (service.confirmed).
            case VolunteerCheckedIn checkIn -> knownTask(connection, checkIn.taskId());
            case VolunteerCheckedOut checkOut -> checkOut(connection, checkOut);
            case PaymentOrderMatched ignored -> Outcome.rejected(AidRules.HOSPITAL_ORDER_REQUIRED);
            case FamilyLinked link -> link(connection, body, link);
            case TransactionReversed reversal -> reverse(connection, id, reversal, now);
            case VolunteerRated rating -> rate(connection, body, rating);
            case VolunteerNoShow noShow -> noShow(connection, body, noShow);
            case ResidentProfileSet profile -> setProfile(connection, body, profile);
            case CardReplaced replaced -> replaceCard(connection, replaced);
            // residents' voice and the centre's notices (issue 12 part 7)
            case ServiceRated rating -> rateService(connection, body, rating);
            case NoticePosted notice -> post(connection, body, notice);
            case NoticeWithdrawn withdrawal -> withdraw(connection, withdrawal);
            // family unlink and one-way rights (issue 12 part 2)
            case FamilyUnlinked unlink -> FamilyLinks.unlink(connection, unlink.residentId(), unlink.memberId(), id)
                    ? Outcome.ACCEPTED : Outcome.rejected(NOT_FAMILY);
            case FamilyPermissionsSet rights -> FamilyLinks.setRights(connection, rights)
                    ? Outcome.ACCEPTED : Outcome.rejected(NOT_FAMILY);
            case ResidentClosed closing -> closeAccount(connection, body, closing, now);
            // charity aid orders and the hospital desk (issue 13)
            case AidApplied applied -> aid.apply(connection, body, applied);
            case HospitalOrderSubmitted submitted -> aid.apply(connection, body, submitted, now);
            // face sign-in (issue 14)
            case FaceEnrolled enrolled -> Outcome.of(faces.enrol(connection, id, enrolled, body.createdAt()));
            case FaceRemoved removed -> Outcome.of(faces.remove(connection, id, removed, body.createdAt()));
        };
    }

    /** A closed account keeps no face template (ADR 0019). */
    private Outcome closeAccount(Connection connection, UnsignedTransaction body, ResidentClosed closing,
            Instant now) throws SQLException {
        Outcome outcome = ClosedAccounts.close(connection, body, closing, now);
        if (outcome.accepted()) {
            faces.removeWithAccount(connection, closing.residentId(), body.id().toString(), body.createdAt());
        }
        return outcome;
    }

    /**
     * Staff (checked above) undo an accepted transaction's postings with counter-postings, once. Reversing a credit
     * takes minutes back, and that too stops at the hard limit; a reversal itself, or a cancellation's refund, cannot
     * be reversed (book again instead).
     */
    private Outcome reverse(Connection connection, String id, TransactionReversed reversal, Instant now)
            throws SQLException {
        Optional<TransactionRecords.Stored> target = TransactionRecords.find(connection,
                reversal.transactionId().toString());
        if (target.isEmpty() || !target.get().accepted()) {
            return Outcome.rejected(UNKNOWN_TRANSACTION);
        }
        List<Ledger.Posting> postings = Ledger.unreversedPostingsOf(connection, reversal.transactionId().toString());
        if (postings.isEmpty()) {
            return Outcome.rejected(NOTHING_TO_REVERSE);
        }
        // A closed account stays at 0: its closing, or anything that moved its minutes, is not undone (ADR 0013).
        if (ClosedAccounts.touchesClosed(connection, postings)) {
            return Outcome.rejected(ACCOUNT_CLOSED);
        }
        for (Ledger.Posting posting : postings) {
            if (!posting.to().equals(Ledger.POOL)
                    && !limits.allows(Ledger.balance(connection, posting.to()) - posting.minutes())) {
                return Outcome.rejected(INSUFFICIENT_BALANCE);
            }
        }
        for (Ledger.Posting posting : postings) {
            Ledger.reverse(connection, posting.postingId(), id, now);
        }
        return Outcome.ACCEPTED;
    }

    /**
     * Whether the actor's card is that resident's, or an actively linked family member's who holds {@code right} for
     * them (a family link and its rights record the resident's consent that the member may act for them). Staff
     * authority is judged separately, from the authorisations; a kiosk's own ("system") actions act for nobody.
     */
    private static boolean actorMayActFor(Connection connection, Actor actor, UUID resident, FamilyRight right)
            throws SQLException {
        if (actor.method() == SignInMethod.RESIDENT_CODE) {
            // The code's own resident, or family they may act for, as with their card (docs/protocol.md §13.4).
            Optional<ResidentCodeRecords.Stored> code = ResidentCodeRecords.byActor(connection, actor.cardHash());
            if (code.isEmpty()) {
                return false;
            }
            UUID holder = UUID.fromString(code.get().residentId());
            return holder.equals(resident) || FamilyLinks.grants(connection, holder, resident, right);
        }
        if (actor.method() != SignInMethod.CARD && actor.method() != SignInMethod.FACE
                && actor.method() != SignInMethod.E_CARD) {
            return false;
        }
        return Catalogue.cardActsFor(connection, actor.cardHash(), resident, right);
    }

    /** A posting the caller has decided to make. */
    @FunctionalInterface
    private interface Posting {
        void post() throws SQLException;
    }

    /** Redeem or transfer: the offline policy first (as the kiosk applied it), then the hard limit. */
    private Outcome spend(Connection connection, UnsignedTransaction body, boolean staff, UUID resident, int minutes,
            Posting posting) throws SQLException {
        String account = Ledger.residentAccount(resident);
        Optional<Instant> snapshotAt = Snapshots.lastServed(connection, body.kioskId(), body.createdAt());
        // The policy allows a staff override whatever was spent, so the count (a query) is made only for residents.
        long spent = staff || snapshotAt.isEmpty() ? 0 : Ledger.spentAtKioskSince(connection, account,
                body.kioskId(), snapshotAt.get().toEpochMilli(), body.sequence());
        OfflineDecision decision = offlinePolicy.decide(
                new OfflineSpend(snapshotAt, body.createdAt(), spent, minutes, staff));
        if (decision instanceof OfflineDecision.NeedsConnectionOrStaff refused) {
            return Outcome.rejected(refused.reason().code());
        }
        long after = Ledger.balance(connection, account) - minutes;
        if (!limits.allows(after)) {
            return Outcome.rejected(INSUFFICIENT_BALANCE);
        }
        posting.post();
        return limits.belowSoftLimit(after) ? Outcome.acceptedWith(List.of(BELOW_SOFT_LIMIT)) : Outcome.ACCEPTED;
    }

    /**
     * Minutes go only to an actively linked family member who may receive them from the giver, then as any spend.
     */
    private Outcome transfer(Connection connection, UnsignedTransaction body, boolean staff, HoursTransferred transfer,
            Instant now) throws SQLException {
        if (!FamilyLinks.linked(connection, transfer.fromResidentId(), transfer.toResidentId())) {
            return Outcome.rejected(NOT_FAMILY);
        }
        if (!FamilyLinks.grants(connection, transfer.toResidentId(), transfer.fromResidentId(), FamilyRight.RECEIVE)) {
            return Outcome.rejected(FAMILY_MAY_NOT_RECEIVE);
        }
        return spend(connection, body, staff, transfer.fromResidentId(), transfer.minutes(),
                () -> Ledger.post(connection, Ledger.residentAccount(transfer.fromResidentId()),
                        Ledger.residentAccount(transfer.toResidentId()), transfer.minutes(), Ledger.Kind.TRANSFER,
                        body.id().toString(), null, null, now));
    }

    /**
     * Only a staff member's confirmation (checked above) turns a volunteer's minutes into credit, once per task, and
     * no more than the volunteer's check-outs show unless the staff member says why.
     */
    private static Outcome confirm(Connection connection, UnsignedTransaction body, ServiceConfirmed confirmed,
            Instant now) throws SQLException {
        if (ConfirmedTasks.confirmed(connection, confirmed.taskId(), confirmed.volunteerId())) {
            return Outcome.rejected(TASK_ALREADY_CONFIRMED);
        }
        if (confirmed.reason().isEmpty()
                && confirmed.minutes() > Attendance.minutes(connection, confirmed.taskId(), confirmed.volunteerId())) {
            return Outcome.rejected(MINUTES_EXCEED_ATTENDANCE);
        }
        String id = body.id().toString();
        Ledger.post(connection, Ledger.POOL, Ledger.residentAccount(confirmed.volunteerId()), confirmed.minutes(),
                Ledger.Kind.CREDIT, id, confirmed.taskId().toString(), null, now);
        ConfirmedTasks.record(connection, confirmed.taskId(), confirmed.volunteerId(), confirmed.minutes(), id);
        return Outcome.ACCEPTED;
    }

    /** A social worker (checked above) links two enrolled residents; a link made before stays as it is. */
    private static Outcome link(Connection connection, UnsignedTransaction body, FamilyLinked link)
            throws SQLException {
        if (!Catalogue.residentExists(connection, link.residentId())
                || !Catalogue.residentExists(connection, link.memberId())) {
            return Outcome.rejected(UNKNOWN_RESIDENT);
        }
        FamilyLinks.link(connection, link.residentId(), link.memberId(), body.id().toString());
        return Outcome.ACCEPTED;
    }

    /** Staff rate work they (or a colleague) confirmed, once per task and volunteer. */
    private static Outcome rate(Connection connection, UnsignedTransaction body, VolunteerRated rating)
            throws SQLException {
        if (!ConfirmedTasks.confirmed(connection, rating.taskId(), rating.volunteerId())) {
            return Outcome.rejected(NOT_CONFIRMED);
        }
        if (VolunteerOutcomes.rated(connection, rating.taskId(), rating.volunteerId())) {
            return Outcome.rejected(ALREADY_RATED);
        }
        VolunteerOutcomes.rate(connection, rating.taskId(), rating.volunteerId(), rating.stars(), rating.note(),
                body.id().toString(), body.createdAt());
        return Outcome.ACCEPTED;
    }

    /** A no-show is marked once, and not on work already confirmed (reverse the confirmation instead). */
    private static Outcome noShow(Connection connection, UnsignedTransaction body, VolunteerNoShow noShow)
            throws SQLException {
        if (ConfirmedTasks.confirmed(connection, noShow.taskId(), noShow.volunteerId())) {
            return Outcome.rejected(TASK_ALREADY_CONFIRMED);
        }
        if (VolunteerOutcomes.markedNoShow(connection, noShow.taskId(), noShow.volunteerId())) {
            return Outcome.rejected(ALREADY_NO_SHOW);
        }
        VolunteerOutcomes.markNoShow(connection, noShow.taskId(), noShow.volunteerId(), noShow.reason(),
                body.id().toString(), body.createdAt());
        return Outcome.ACCEPTED;
    }

    private static Outcome setProfile(Connection connection, UnsignedTransaction body, ResidentProfileSet profile)
            throws SQLException {
        if (!Catalogue.residentExists(connection, profile.residentId())) {
            return Outcome.rejected(UNKNOWN_RESIDENT);
        }
        ResidentProfiles.set(connection, profile, body.id().toString(), body.createdAt());
        return Outcome.ACCEPTED;
    }

    private static Outcome checkOut(Connection connection, VolunteerCheckedOut checkOut) throws SQLException {
        Outcome outcome = knownTask(connection, checkOut.taskId());
        if (outcome.accepted()) {
            Attendance.checkedOut(connection, checkOut.taskId(), checkOut.volunteerId(), checkOut.minutes());
        }
        return outcome;
    }

    private static Outcome knownTask(Connection connection, UUID taskId) throws SQLException {
        return VolunteerTasks.exists(connection, taskId) ? Outcome.ACCEPTED : Outcome.rejected(UNKNOWN_TASK);
    }

    private static Outcome book(Connection connection, String id, BookingCreated booking) throws SQLException {
        Optional<Catalogue.SlotState> slot = Catalogue.slot(connection, booking.slotId());
        if (slot.isEmpty()) {
            return Outcome.rejected(UNKNOWN_SLOT);
        }
        if (!slot.get().serviceCode().equals(booking.serviceCode())) {
            return Outcome.rejected(SERVICE_MISMATCH);
        }
        if (Catalogue.booking(connection, booking.bookingId()).isPresent()) {
            return Outcome.rejected(DUPLICATE_BOOKING);
        }
        if (slot.get().booked() >= slot.get().capacity()) {
            return Outcome.rejected(SLOT_FULL);
        }
        Catalogue.book(connection, booking.bookingId(), booking.slotId(), booking.residentId(), id);
        return Outcome.ACCEPTED;
    }

    /** Frees the place and gives back any minutes redeemed for the booking (reversal postings). */
    private static Outcome cancel(Connection connection, String id, BookingCancelled cancel, Instant now)
            throws SQLException {
        Optional<Catalogue.BookingState> booking = Catalogue.booking(connection, cancel.bookingId());
        if (booking.isEmpty() || !booking.get().booked()
                || !booking.get().residentId().equals(cancel.residentId().toString())) {
            return Outcome.rejected(UNKNOWN_BOOKING);
        }
        Cancellations.cancelAndRefund(connection, id, booking.get(), now);
        return Outcome.ACCEPTED;
    }

    /** Staff (checked above) pin an enrolled resident's binding to their new card, unless it is that card already. */
    private static Outcome replaceCard(Connection connection, CardReplaced replaced) throws SQLException {
        if (!Catalogue.residentExists(connection, replaced.residentId())) {
            return Outcome.rejected(UNKNOWN_RESIDENT);
        }
        if (Catalogue.cardSerial(connection, replaced.residentId()).filter(replaced.cardSerialHash()::equals)
                .isPresent()) {
            return Outcome.rejected(CARD_ALREADY_CURRENT);
        }
        Catalogue.replaceCard(connection, replaced.residentId(), replaced.cardSerialHash());
        return Outcome.ACCEPTED;
    }

    private static Outcome enrol(Connection connection, ResidentEnrolled enrolled) throws SQLException {
        Optional<String> holder = Catalogue.residentByCard(connection, enrolled.cardNumberHash());
        // A closed resident's card may be enrolled again, as a new account (someone who moved back): ADR 0013.
        if (holder.isPresent() && !holder.get().equals(enrolled.residentId().toString())
                && !AccountClosures.releaseCard(connection, enrolled.cardNumberHash())) {
            return Outcome.rejected(CARD_ALREADY_BOUND);
        }
        Catalogue.upsertResident(connection, enrolled.residentId(), enrolled.cardNumberHash(),
                enrolled.idNumberHash(), enrolled.displayName());
        return Outcome.ACCEPTED;
    }

    /**
     * A resident rates a service they were booked for, once, after its slot began (by the kiosk's clock, as every
     * rule here reads {@code createdAt}); a cancelled booking took no place to rate.
     */
    private static Outcome rateService(Connection connection, UnsignedTransaction body, ServiceRated rating)
            throws SQLException {
        Optional<ServiceRatings.Booked> booking = ServiceRatings.booking(connection, rating.bookingId());
        if (booking.isEmpty()) {
            return Outcome.rejected(UNKNOWN_BOOKING);
        }
        if (!booking.get().residentId().equals(rating.residentId().toString())) {
            return Outcome.rejected(NOT_YOUR_BOOKING);
        }
        if (!booking.get().booked()) {
            return Outcome.rejected(BOOKING_CANCELLED);
        }
        if (body.createdAt().isBefore(booking.get().startsAt())) {
            return Outcome.rejected(NOT_YET_TAKEN_PLACE);
        }
        if (ServiceRatings.rated(connection, rating.bookingId())) {
            return Outcome.rejected(ALREADY_RATED);
        }
        ServiceRatings.rate(connection, rating.bookingId(), rating.residentId(), booking.get().serviceCode(),
                rating.stars(), body.id().toString(), body.createdAt());
        return Outcome.ACCEPTED;
    }

    /** Staff (checked above) post a notice once, with an end date not before its start. */
    private static Outcome post(Connection connection, UnsignedTransaction body, NoticePosted notice)
            throws SQLException {
        if (notice.untilDate().isBefore(notice.fromDate())) {
            return Outcome.rejected(UNTIL_BEFORE_FROM);
        }
        if (Notices.active(connection, notice.noticeId()).isPresent()) {
            return Outcome.rejected(DUPLICATE_NOTICE);
        }
        Notices.post(connection, notice, body.id().toString(), body.createdAt());
        return Outcome.ACCEPTED;
    }

    /** Staff (checked above) withdraw a notice that was posted, once. */
    private static Outcome withdraw(Connection connection, NoticeWithdrawn withdrawal) throws SQLException {
        Optional<Boolean> active = Notices.active(connection, withdrawal.noticeId());
        if (active.isEmpty()) {
            return Outcome.rejected(UNKNOWN_NOTICE);
        }
        if (!active.get()) {
            return Outcome.rejected(ALREADY_WITHDRAWN);
        }
        Notices.withdraw(connection, withdrawal.noticeId());
        return Outcome.ACCEPTED;
    }
}
