package org.huzhu.protocol.payload;

import java.util.UUID;

/**
 * Staff rated a volunteer's confirmed service (the centre "confirms and rates"): recorded, no minutes move. Accepted
 * once per task and volunteer, after the service was confirmed (docs/protocol.md §7).
 *
 * @param stars 1 (poor) .. 5 (excellent)
 * @param note  what staff noted, or {@code ""}
 */
public record VolunteerRated(UUID taskId, UUID volunteerId, int stars, String note) implements Payload {

    public static final int MIN_STARS = 1;
    public static final int MAX_STARS = 5;

    public VolunteerRated {
        Checks.present("taskId", taskId);
        Checks.present("volunteerId", volunteerId);
        if (stars < MIN_STARS || stars > MAX_STARS) {
            throw new IllegalArgumentException("stars must be " + MIN_STARS + ".." + MAX_STARS + ": " + stars);
        }
        Checks.optionalText("note", note);
    }
}
