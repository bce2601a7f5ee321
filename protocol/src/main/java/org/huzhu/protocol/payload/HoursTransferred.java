package org.huzhu.protocol.payload;

import java.util.UUID;

/** Time-bank minutes given to a linked family member. */
public record HoursTransferred(UUID fromResidentId, UUID toResidentId, int minutes) implements Payload {

    public HoursTransferred {
        Checks.present("fromResidentId", fromResidentId);
        Checks.present("toResidentId", toResidentId);
        if (fromResidentId.equals(toResidentId)) {
            throw new IllegalArgumentException("a transfer needs two different residents");
        }
        Checks.minutes("minutes", minutes);
    }
}
