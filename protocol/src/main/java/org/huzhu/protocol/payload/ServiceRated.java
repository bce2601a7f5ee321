package org.huzhu.protocol.payload;

import java.util.UUID;

/**
 * A resident's word on a booked service after it took place (issue 12, "residents' voice"): recorded, no minutes
 * move. The kiosk asks with three faces, recorded as {@value #UNHAPPY} (not good), {@value #NEUTRAL} (all right) and
 * {@value #HAPPY} (good) on the 1..5 scale the centre's reports average; the counter may record any of 1..5. Accepted
 * once per booking, after the booked slot's start, from the resident the service was booked for (their card, a linked
 * family member's, or staff acting for them) (docs/protocol.md §7).
 *
 * @param residentId the resident the booking was for
 * @param stars      1 (poor) .. 5 (excellent)
 */
public record ServiceRated(UUID bookingId, UUID residentId, int stars) implements Payload {

    public static final int MIN_STARS = 1;
    public static final int MAX_STARS = 5;
    /** The kiosk's three faces on the 1..5 scale. */
    public static final int UNHAPPY = 1;
    public static final int NEUTRAL = 3;
    public static final int HAPPY = 5;

    public ServiceRated {
        Checks.present("bookingId", bookingId);
        Checks.present("residentId", residentId);
        if (stars < MIN_STARS || stars > MAX_STARS) {
            throw new IllegalArgumentException("stars must be " + MIN_STARS + ".." + MAX_STARS + ": " + stars);
        }
    }
}
