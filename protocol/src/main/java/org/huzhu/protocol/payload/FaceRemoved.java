package org.huzhu.protocol.payload;

import java.util.UUID;

/**
 * Staff deleted a resident's face template at the counter (ADR 0019), at the resident's request: the server deletes
 * it and every kiosk drops it at its next snapshot. Only staff may record it.
 *
 * @param reason why, e.g. "resident asked", for the monthly review
 */
public record FaceRemoved(UUID residentId, String reason) implements Payload {

    public FaceRemoved {
        Checks.present("residentId", residentId);
        Checks.text("reason", reason);
    }
}
