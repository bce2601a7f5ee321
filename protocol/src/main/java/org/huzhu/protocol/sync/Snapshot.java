package org.huzhu.protocol.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.protocol.policy.SecondFactorPolicy;

/**
 * {@code GET /v1/snapshot?since=V} answer: what changed after version {@code since} (0 = everything), up to and
 * including {@code version}. The kiosk stores {@code version} and asks with it next time; {@code generatedAt} is the
 * server time the offline policy counts from. Lists hold only rows whose own version is greater than {@code since}.
 */
public record Snapshot(long since, long version, Instant generatedAt, Limits limits, List<Service> services,
        List<Slot> slots, List<Resident> residents, List<Balance> balances, List<FamilyLink> familyLinks,
        List<VolunteerTask> volunteerTasks, List<ConfirmedTask> confirmedTasks,
        // residents' voice and the centre's notices (issue 12 part 7)
        List<Notice> notices, List<ServiceRating> serviceRatings,
        // staff corrections, so a resident's history at the kiosk shows them (issue 12 part 4)
        List<Correction> corrections,
        // charities' aid orders, so the patient sees their aid at the kiosk (issue 13 part 6)
        List<AidOrder> aidOrders,
        // resident codes revoked at the counter, so an offline kiosk refuses them (docs/protocol.md §13)
        List<RevokedResidentCode> revokedResidentCodes) {

    /** A snapshot from before resident codes: none revoked. */
    public Snapshot(long since, long version, Instant generatedAt, Limits limits, List<Service> services,
            List<Slot> slots, List<Resident> residents, List<Balance> balances, List<FamilyLink> familyLinks,
            List<VolunteerTask> volunteerTasks, List<ConfirmedTask> confirmedTasks, List<Notice> notices,
            List<ServiceRating> serviceRatings, List<Correction> corrections, List<AidOrder> aidOrders) {
        this(since, version, generatedAt, limits, services, slots, residents, balances, familyLinks, volunteerTasks,
                confirmedTasks, notices, serviceRatings, corrections, aidOrders, List.of());
    }

    /**
     * Ledger limits in force, in minutes.
     *
     * @param overdraftMinutes  how far below zero a balance may go (hard limit)
     * @param softLimitMinutes  a balance below this is accepted with a {@code below-soft-limit} warning
     * @param secondFactorMinutes the most one transfer may give after a face or resident-code sign-in without the
     *                            card ({@code SecondFactorPolicy}, docs/protocol.md §8.1)
     */
    public record Limits(long overdraftMinutes, long softLimitMinutes, int offlineLimitMinutes,
            long maxOfflineAgeMinutes, int secondFactorMinutes) {

        /** With the default second-factor limit ({@code SecondFactorPolicy.DEFAULT}). */
        public Limits(long overdraftMinutes, long softLimitMinutes, int offlineLimitMinutes,
                long maxOfflineAgeMinutes) {
            this(overdraftMinutes, softLimitMinutes, offlineLimitMinutes, maxOfflineAgeMinutes,
                    SecondFactorPolicy.DEFAULT_WEAK_TRANSFER_LIMIT_MINUTES);
        }
    }

    /**
     * A resident code staff revoked at the counter: kiosks refuse it from this snapshot on. Codes that merely expire
     * are not listed; their expiry is in the signed code itself. Keyed by {@code codeId}; rows are never deleted, and
     * a kiosk may forget a row once {@code expiresAt} has passed.
     *
     * @param revokedAt when staff revoked it (server time); the server refuses transactions under the code created
     *                  from then on
     */
    public record RevokedResidentCode(String codeId, String residentId, Instant revokedAt, Instant expiresAt,
            long version) {
    }

    /**
     * A bookable service; inactive ones stay listed so kiosks can hide them.
     *
     * @param providerZh who delivers it (a charity, the centre's own staff), shown on the receipt; {@code providerEn}
     *                   is the same in English
     * @param placeZh    where it happens ("at your home", "centre, room 2"), shown on the receipt; {@code placeEn} is
     *                   the same in English. All four are present; a server that has no text sends {@code ""}
     */
    public record Service(String code, String nameZh, String nameEn, String providerZh, String providerEn,
            String placeZh, String placeEn, int costMinutes, long costFen, boolean active, long version) {
    }

    /** A time slot of a service with its capacity and how many bookings the server has accepted for it. */
    public record Slot(String slotId, String serviceCode, Instant startsAt, int capacity, int booked, long version) {
    }

    /**
     * A resident's card binding: only keyed hashes travel.
     *
     * @param cardSerialHash the pseudonym of the one card number the binding accepts since a {@code card.replaced};
     *                       {@code null} before any replacement: any card with {@code cardHash} is theirs
     * @param closedAt       when staff closed the account ({@code resident.closed}, by its {@code createdAt});
     *                       {@code null} while it is open. A closed resident's card signs nobody in; it may be
     *                       enrolled again, as a new account, and then {@code cardHash} here is no card's any more
     * @param language       the language the resident chose at the counter ({@code resident.profile-set}: {@code zh-CN}
     *                       or {@code en}), which kiosks greet them in; {@code null} before any profile
     */
    public record Resident(String residentId, String cardHash, String displayName, long version,
            @MayBeNull String cardSerialHash, @MayBeNull Instant closedAt, @MayBeNull String language) {

        /** An open account's binding, before any profile. */
        public Resident(String residentId, String cardHash, String displayName, long version, String cardSerialHash) {
            this(residentId, cardHash, displayName, version, cardSerialHash, null, null);
        }
    }

    /** A resident's authoritative time-bank balance, in minutes. */
    public record Balance(String residentId, long balanceMinutes, long version) {
    }

    /**
     * Two residents linked as family ({@code family.linked}); listed once, in the order first recorded, with what
     * each may do for the other. Rows are never removed: a {@code family.unlinked} arrives as the link with
     * {@code active} false, a {@code family.permissions-set} as the link with its new rights, a later
     * {@code family.linked} of the two as the link active again with all rights.
     *
     * @param memberForResident what {@code memberId} may do for {@code residentId}
     * @param residentForMember what {@code residentId} may do for {@code memberId}
     */
    public record FamilyLink(String residentId, String memberId, long version, boolean active,
            FamilyRights memberForResident, FamilyRights residentForMember) {
    }

    /**
     * One direction's family rights ({@code family.permissions-set}): book for the other, spend their minutes, receive
     * minutes from them. All true until staff set them.
     */
    public record FamilyRights(boolean mayBook, boolean mayRedeem, boolean mayReceive) {

        public static final FamilyRights ALL = new FamilyRights(true, true, true);
    }

    /**
     * A volunteer task residents can check in to at a kiosk; inactive ones stay listed so kiosks can hide them.
     *
     * @param startsAt when the task begins
     * @param minutes  how long it is expected to take (1..1440): what staff usually confirm for it
     */
    public record VolunteerTask(String taskId, String titleZh, String titleEn, String placeZh, String placeEn,
            Instant startsAt, int minutes, boolean active, long version) {
    }

    /**
     * Staff confirmed a volunteer's minutes for a task ({@code service.confirmed}): they are now credit, already in
     * that volunteer's {@link Balance}. Keyed by task and volunteer.
     *
     * @param confirmedAt when staff confirmed it: the {@code createdAt} of the confirming transaction (kiosks date the
     *                    credit with it in a resident's history)
     */
    public record ConfirmedTask(String taskId, String volunteerId, int minutes, Instant confirmedAt, long version) {
    }

    /**
     * The centre's notice for the kiosks' home screens ({@code notice.posted}), shown from {@code fromDate} to
     * {@code untilDate}, both included, in the community's time zone, unless {@code active} is false (withdrawn by
     * {@code notice.withdrawn}). Keyed by {@code noticeId}; rows are never deleted.
     */
    public record Notice(String noticeId, String textZh, String textEn, LocalDate fromDate, LocalDate untilDate,
            boolean active, Instant postedAt, long version) {
    }

    /**
     * What residents said of a service ({@code service.rated}) so far: {@code ratings} of them, {@code starsTotal}
     * the sum of their stars (1..5 each), so the average is {@code starsTotal / ratings}. Keyed by
     * {@code serviceCode}; a service nobody rated has no row.
     */
    public record ServiceRating(String serviceCode, int ratings, long starsTotal, long version) {
    }

    /**
     * Staff moved an accepted transaction's minutes back ({@code transaction.reversed}): what it did to one resident's
     * balance, so that their history at any kiosk shows the correction next to what it corrects. A reversal touching
     * two residents (a transfer) is two rows. Keyed by {@code transactionId} (the reversal's) and {@code residentId};
     * rows are never deleted.
     *
     * @param minutes       signed: + came back to the resident (a wrong charge undone), - taken back (a wrong credit)
     * @param correctedType the wire name of the reversed transaction's type, e.g. {@code service.confirmed}
     * @param reason        the staff member's reason, as they wrote it
     * @param correctedAt   the {@code createdAt} of the reversal
     */
    public record Correction(String transactionId, String residentId, long minutes, String correctedType,
            String reason, Instant correctedAt, long version) {
    }

    /**
     * A charity's aid order for one resident (ADR 0015), as the resident is told of it at the kiosk: who gives, for
     * which hospital, up to how much, until when, and what was paid. Nothing else of the order travels (no purpose, no
     * items, no documents: ADR 0014). Keyed by {@code orderId}; rows are never deleted, and every change of the order
     * (issued, a payment matched, expired, revoked) sends it again whole, with its new version.
     *
     * @param charityName  the charity's registered name; its institution id when the server has no name for it
     * @param hospitalName the hospital's registered name; its institution id likewise
     * @param approvedFen  the most the charity approved, in fen
     * @param paidFen      paid to the hospital so far, in fen: the sum of {@code payments}
     * @param status       {@code open}, {@code revoked} or {@code expired}; once not open, what was not paid went back
     *                     to the charity
     * @param payments     every matched payment, oldest first
     */
    public record AidOrder(String orderId, String residentId, String charityName, String hospitalName,
            long approvedFen, long paidFen, String status, Instant validUntil, long version,
            List<AidPayment> payments) {
    }

    /** One payment of an aid order to its hospital: how much, in fen, and when the hospital's order matched. */
    public record AidPayment(long amountFen, Instant paidAt) {
    }
}
