package org.huzhu.protocol.payload;

import java.util.UUID;

/**
 * Staff confirmed a volunteer's service: only this credits the volunteer's minutes. More minutes than the volunteer's
 * check-outs for the task show need a {@code reason} (docs/protocol.md §7).
 *
 * @param reason why staff confirm more than the attendance shows; {@code ""} when they do not (version 1 envelopes
 *               have no such member and always mean {@code ""})
 */
public record ServiceConfirmed(UUID taskId, UUID volunteerId, int minutes, String staffId, String reason)
        implements Payload {

    public ServiceConfirmed {
        Checks.present("taskId", taskId);
        Checks.present("volunteerId", volunteerId);
        Checks.minutes("minutes", minutes);
        Checks.text("staffId", staffId);
        Checks.optionalText("reason", reason);
    }

    /** A confirmation within the attendance, without a reason. */
    public ServiceConfirmed(UUID taskId, UUID volunteerId, int minutes, String staffId) {
        this(taskId, volunteerId, minutes, staffId, "");
    }
}
