package org.huzhu.protocol.payload;

/**
 * What a transaction records; one record type per {@link org.huzhu.protocol.TransactionType}. Payloads validate
 * themselves on construction (including when decoded from JSON), so an invalid one never exists. Amounts of time are
 * whole minutes; money is in fen (1/100 yuan).
 */
public sealed interface Payload
        permits BookingCreated, BookingCancelled, HoursRedeemed, HoursTransferred, VolunteerCheckedIn,
        VolunteerCheckedOut, ServiceConfirmed, ResidentEnrolled, PaymentOrderMatched,
        FamilyLinked, TransactionReversed, VolunteerRated, VolunteerNoShow, ResidentProfileSet,
        CardReplaced,
        // residents' voice and the centre's notices (issue 12 part 7)
        ServiceRated, NoticePosted, NoticeWithdrawn,
        // family unlink and one-way rights (issue 12 part 2)
        FamilyUnlinked, FamilyPermissionsSet,
        // closing an account (issue 12 part 2)
        ResidentClosed,
        // charity aid orders and the hospital desk (issue 13)
        AidApplied, HospitalOrderSubmitted,
        // face sign-in (issue 14)
        FaceEnrolled, FaceRemoved {
}
