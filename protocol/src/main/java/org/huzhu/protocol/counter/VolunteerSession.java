package org.huzhu.protocol.counter;

import java.time.Instant;
import org.huzhu.protocol.sync.MayBeNull;

/**
 * One volunteer's attendance at one task, across every kiosk of the community: what staff confirm.
 *
 * @param status            {@code checked-in} (no check-out yet), {@code checked-out} (waiting for confirmation),
 *                          {@code confirmed} or {@code no-show}
 * @param checkedInAt       the first accepted check-in's {@code createdAt}; {@code null} if the volunteer only checked
 *                          out
 * @param checkedOutAt      the last accepted check-out's {@code createdAt}, {@code null} without one
 * @param checkedOutMinutes the sum of the accepted check-outs' minutes (0 without one): what staff may confirm
 *                          without a reason
 * @param confirmedMinutes  the minutes credited by the accepted {@code service.confirmed}, 0 if not confirmed
 * @param stars             the staff rating (1..5), 0 if not rated
 * @param kioskId           where the volunteer checked in (or out)
 */
public record VolunteerSession(String taskId, String volunteerId, String displayName, String memberNumber,
        String titleZh, String titleEn, Instant taskStartsAt, int taskMinutes, @MayBeNull Instant checkedInAt,
        @MayBeNull Instant checkedOutAt, int checkedOutMinutes, String status, int confirmedMinutes, int stars,
        String kioskId) {

    public static final String CHECKED_IN = "checked-in";
    public static final String CHECKED_OUT = "checked-out";
    public static final String CONFIRMED = "confirmed";
    public static final String NO_SHOW = "no-show";
}
