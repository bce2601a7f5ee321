package org.huzhu.protocol.counter;

import java.time.LocalDate;
import java.util.List;

/**
 * The centre's figures for the days {@code from}..{@code to} (both included, in the server's time zone {@code zone}),
 * for the monthly review. Ledger figures count accepted transactions created in the range.
 *
 * @param creditedMinutes    volunteer minutes credited ({@code service.confirmed})
 * @param redeemedMinutes    minutes spent ({@code hours.redeemed})
 * @param transferredMinutes minutes given to family ({@code hours.transferred})
 * @param reversedMinutes    minutes moved back by reversals ({@code transaction.reversed}) and cancellation refunds
 * @param ledgerSumMinutes   the sum over every account of the whole ledger at the report's end: always 0
 * @param inactiveDays       residents with no ledger posting for this many days up to {@code to} are inactive
 */
public record Report(LocalDate from, LocalDate to, String zone, long creditedMinutes, long redeemedMinutes,
        long transferredMinutes, long reversedMinutes, long ledgerSumMinutes, List<ServiceBookings> services,
        List<VolunteerMinutes> volunteers, List<ResidentSummary> newResidents, int inactiveDays,
        List<ResidentSummary> inactiveResidents) {

    /**
     * Bookings of one service made in the range, and the residents' ratings of it.
     *
     * @param ratings    how many ratings residents gave (0 until residents can rate)
     * @param starsTotal the sum of their stars, so the average is {@code starsTotal / ratings}
     */
    public record ServiceBookings(String serviceCode, String nameZh, String nameEn, String providerZh,
            String providerEn, int booked, int cancelled, int ratings, int starsTotal) {
    }

    /** A volunteer's confirmed minutes in the range and the staff ratings of that work. */
    public record VolunteerMinutes(String volunteerId, String displayName, String memberNumber, long minutes,
            int ratings, int starsTotal) {
    }
}
