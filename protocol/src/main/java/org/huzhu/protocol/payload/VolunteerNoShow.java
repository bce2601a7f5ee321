package org.huzhu.protocol.payload;

import java.util.UUID;

/**
 * Staff marked a volunteer as not having come (or not having done the task): their session leaves the list of work
 * waiting for confirmation, and no minutes move. A later {@code service.confirmed} for the same pair is still
 * accepted, as the correction of a wrong no-show.
 *
 * @param reason what staff noted, or {@code ""}
 */
public record VolunteerNoShow(UUID taskId, UUID volunteerId, String reason) implements Payload {

    public VolunteerNoShow {
        Checks.present("taskId", taskId);
        Checks.present("volunteerId", volunteerId);
        Checks.optionalText("reason", reason);
    }
}
