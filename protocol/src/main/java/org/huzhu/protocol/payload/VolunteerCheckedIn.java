package org.huzhu.protocol.payload;

import java.util.UUID;

/** A volunteer started a task (by card at the kiosk). */
public record VolunteerCheckedIn(UUID volunteerId, UUID taskId) implements Payload {

    public VolunteerCheckedIn {
        Checks.present("volunteerId", volunteerId);
        Checks.present("taskId", taskId);
    }
}
