package org.huzhu.protocol.payload;

import java.util.UUID;

/** Staff confirmed a volunteer's service: only this credits the volunteer's minutes. */
public record ServiceConfirmed(UUID taskId, UUID volunteerId, int minutes, String staffId) implements Payload {

    public ServiceConfirmed {
        Checks.present("taskId", taskId);
        Checks.present("volunteerId", volunteerId);
        Checks.minutes("minutes", minutes);
        Checks.text("staffId", staffId);
    }
}
