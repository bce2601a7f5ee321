package org.huzhu.protocol.payload;

import java.util.UUID;

/** A volunteer finished a task; the minutes await staff confirmation before they become credit. */
public record VolunteerCheckedOut(UUID volunteerId, UUID taskId, int minutes) implements Payload {

    public VolunteerCheckedOut {
        Checks.present("volunteerId", volunteerId);
        Checks.present("taskId", taskId);
        Checks.minutes("minutes", minutes);
    }
}
