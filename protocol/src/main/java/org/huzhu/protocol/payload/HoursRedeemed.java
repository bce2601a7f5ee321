package org.huzhu.protocol.payload;

import java.util.UUID;

/** Time-bank minutes spent on a booking. */
public record HoursRedeemed(UUID residentId, int minutes, UUID bookingId) implements Payload {

    public HoursRedeemed {
        Checks.present("residentId", residentId);
        Checks.minutes("minutes", minutes);
        Checks.present("bookingId", bookingId);
    }
}
