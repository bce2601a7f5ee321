package org.huzhu.protocol.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.FamilyPermissionsSet;
import org.huzhu.protocol.payload.FamilyUnlinked;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.PaymentOrderMatched;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.ResidentProfileSet;
import org.huzhu.protocol.payload.TransactionReversed;
import org.huzhu.protocol.payload.VolunteerNoShow;
import org.huzhu.protocol.payload.VolunteerRated;
import org.huzhu.protocol.payload.NoticePosted;
import org.huzhu.protocol.payload.NoticeWithdrawn;
import org.huzhu.protocol.payload.ServiceRated;
import org.huzhu.protocol.payload.SamplePayloads;
import org.huzhu.protocol.TransactionType;
import org.junit.jupiter.api.Test;

class AuthorityRulesTest {

    private static final UUID RESIDENT = new UUID(0, 1);
    private static final Payload CONFIRMED = new ServiceConfirmed(new UUID(0, 9), RESIDENT, 60, "S-1");
    private static final Payload ENROLLED = new ResidentEnrolled(RESIDENT, "ab".repeat(32), "cd".repeat(32), "王秀英");
    private static final Payload LINKED = new FamilyLinked(RESIDENT, new UUID(0, 2));
    private static final Payload REDEEMED = new HoursRedeemed(RESIDENT, 30, new UUID(0, 3));
    private static final Payload BOOKED = new BookingCreated(new UUID(0, 3), RESIDENT, "meal", new UUID(0, 4),
            java.time.Instant.parse("2026-12-01T09:00:00Z"), 30, 0);
    private static final Payload MATCHED = new PaymentOrderMatched("A-1", "H-1", 10_000);
    private static final Payload REVERSED = new TransactionReversed(new UUID(0, 5), "confirmed twice by mistake");
    private static final Payload RATED = new VolunteerRated(new UUID(0, 9), RESIDENT, 5, "");
    private static final Payload NO_SHOW = new VolunteerNoShow(new UUID(0, 9), RESIDENT, "");
    private static final Payload PROFILE = new ResidentProfileSet(RESIDENT, "zh-CN", "", "", "", "profile-1");
    private static final StaffStanding NONE = new StaffStanding.None();
    private static final StaffStanding SOCIAL_WORKER = new StaffStanding.Valid(Set.of(StaffRole.SOCIAL_WORKER));
    private static final StaffStanding HOSPITAL_DESK = new StaffStanding.Valid(Set.of(StaffRole.HOSPITAL_DESK));

    @Test
    void staffOnlyActionsNeedAValidAuthorisationWhateverTheActorSays() {
        for (Payload payload : new Payload[] {CONFIRMED, ENROLLED, LINKED, MATCHED, REVERSED, RATED, NO_SHOW,
                PROFILE}) {
            assertThat(AuthorityRules.refusal(payload, NONE, true)).as(payload.toString())
                    .hasValue("staff-confirmation-required");
            assertThat(AuthorityRules.refusal(payload, new StaffStanding.NotAuthorised(), true))
                    .hasValue("staff-not-authorised");
            assertThat(AuthorityRules.refusal(payload, new StaffStanding.Revoked(), true)).hasValue("staff-revoked");
            assertThat(AuthorityRules.refusal(payload, new StaffStanding.WrongCommunity(), true))
                    .hasValue("staff-wrong-community");
        }
        assertThat(AuthorityRules.refusal(CONFIRMED, SOCIAL_WORKER, false)).isEmpty();
        assertThat(AuthorityRules.refusal(ENROLLED, new StaffStanding.Valid(Set.of(StaffRole.COORDINATOR)), false))
                .isEmpty();
        assertThat(AuthorityRules.refusal(MATCHED, HOSPITAL_DESK, false)).isEmpty();
        assertThat(AuthorityRules.refusal(REVERSED, SOCIAL_WORKER, false)).isEmpty();
        assertThat(AuthorityRules.refusal(REVERSED, HOSPITAL_DESK, false)).hasValue("role-not-allowed");
        for (Payload counterWork : new Payload[] {RATED, NO_SHOW, PROFILE}) {
            assertThat(AuthorityRules.refusal(counterWork, SOCIAL_WORKER, false)).isEmpty();
            assertThat(AuthorityRules.refusal(counterWork, HOSPITAL_DESK, false)).hasValue("role-not-allowed");
        }
    }

    @Test
    void rolesAuthoriseOnlyTheirOwnWork() {
        assertThat(AuthorityRules.refusal(CONFIRMED, HOSPITAL_DESK, true)).hasValue("role-not-allowed");
        assertThat(AuthorityRules.refusal(REDEEMED, HOSPITAL_DESK, true)).hasValue("role-not-allowed");
        assertThat(AuthorityRules.refusal(MATCHED, SOCIAL_WORKER, true)).hasValue("role-not-allowed");
        assertThat(AuthorityRules.refusal(MATCHED,
                new StaffStanding.Valid(Set.of(StaffRole.SOCIAL_WORKER, StaffRole.HOSPITAL_DESK)), true)).isEmpty();
    }

    @Test
    void aResidentsMinutesAndBookingsAreSpentOnlyByThemTheirFamilyOrStaff() {
        for (Payload payload : new Payload[] {REDEEMED, BOOKED}) {
            assertThat(AuthorityRules.refusal(payload, NONE, true)).isEmpty();
            assertThat(AuthorityRules.refusal(payload, NONE, false)).hasValue("not-authorised-for-resident");
            assertThat(AuthorityRules.refusal(payload, SOCIAL_WORKER, false)).isEmpty();
        }
        assertThat(AuthorityRules.staffOverride(REDEEMED, SOCIAL_WORKER)).isTrue();
        assertThat(AuthorityRules.staffOverride(REDEEMED, HOSPITAL_DESK)).isFalse();
        assertThat(AuthorityRules.staffOverride(REDEEMED, NONE)).isFalse();
        assertThat(AuthorityRules.actingFor(CONFIRMED)).isEmpty();
        assertThat(AuthorityRules.actingFor(REDEEMED)).hasValue(RESIDENT);
    }

    @Test
    void aRatingIsTheResidentsWordAndNoticesAreTheCentres() {
        Payload rated = new ServiceRated(new UUID(0, 11), RESIDENT, ServiceRated.NEUTRAL);
        assertThat(AuthorityRules.actingFor(rated)).hasValue(RESIDENT);
        assertThat(AuthorityRules.refusal(rated, NONE, true)).as("the resident's card, or family's").isEmpty();
        assertThat(AuthorityRules.refusal(rated, NONE, false)).hasValue("not-authorised-for-resident");
        assertThat(AuthorityRules.refusal(rated, SOCIAL_WORKER, false)).as("staff acting for them").isEmpty();
        assertThat(AuthorityRules.refusal(rated, HOSPITAL_DESK, true)).hasValue("role-not-allowed");
        for (Payload notice : new Payload[] {new NoticePosted(new UUID(0, 12), "通知", "Notice",
                java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2026, 12, 8)),
                new NoticeWithdrawn(new UUID(0, 12))}) {
            assertThat(AuthorityRules.refusal(notice, NONE, true)).as(notice.toString())
                    .hasValue("staff-confirmation-required");
            assertThat(AuthorityRules.refusal(notice, SOCIAL_WORKER, false)).isEmpty();
            assertThat(AuthorityRules.refusal(notice, new StaffStanding.Valid(Set.of(StaffRole.COORDINATOR)), false))
                    .isEmpty();
            assertThat(AuthorityRules.refusal(notice, HOSPITAL_DESK, false)).hasValue("role-not-allowed");
        }
    }

    @Test
    void unlinkingAndFamilyRightsAreCounterWorkForSocialWorkersAndCoordinators() {
        for (Payload payload : new Payload[] {new FamilyUnlinked(RESIDENT, new UUID(0, 2), "moved away"),
                new FamilyPermissionsSet(RESIDENT, new UUID(0, 2), true, false, true)}) {
            assertThat(AuthorityRules.refusal(payload, NONE, true)).as(payload.toString())
                    .hasValue("staff-confirmation-required");
            assertThat(AuthorityRules.refusal(payload, SOCIAL_WORKER, false)).isEmpty();
            assertThat(AuthorityRules.refusal(payload, new StaffStanding.Valid(Set.of(StaffRole.COORDINATOR)), false))
                    .isEmpty();
            assertThat(AuthorityRules.refusal(payload, HOSPITAL_DESK, false)).hasValue("role-not-allowed");
            assertThat(AuthorityRules.actingFor(payload)).isEmpty();
        }
    }

    @Test
    void everyTypeThatActsForAResidentNamesTheFamilyRightItNeeds() {
        assertThat(AuthorityRules.rightNeeded(TransactionType.BOOKING_CREATED)).hasValue(FamilyRight.BOOK);
        assertThat(AuthorityRules.rightNeeded(TransactionType.BOOKING_CANCELLED)).hasValue(FamilyRight.BOOK);
        assertThat(AuthorityRules.rightNeeded(TransactionType.VOLUNTEER_CHECKED_IN)).hasValue(FamilyRight.BOOK);
        assertThat(AuthorityRules.rightNeeded(TransactionType.VOLUNTEER_CHECKED_OUT)).hasValue(FamilyRight.BOOK);
        assertThat(AuthorityRules.rightNeeded(TransactionType.SERVICE_RATED)).hasValue(FamilyRight.BOOK);
        assertThat(AuthorityRules.rightNeeded(TransactionType.HOURS_REDEEMED)).hasValue(FamilyRight.REDEEM);
        assertThat(AuthorityRules.rightNeeded(TransactionType.HOURS_TRANSFERRED)).hasValue(FamilyRight.REDEEM);
        Random random = new Random(3);
        for (int i = 0; i < TransactionType.values().length * 2; i++) {
            Payload payload = SamplePayloads.mixed(i, random);
            assertThat(AuthorityRules.rightNeeded(TransactionType.of(payload)).isPresent()).as(payload.toString())
                    .isEqualTo(AuthorityRules.actingFor(payload).isPresent());
        }
    }
}
