package org.huzhu.protocol.payload;

import java.time.Instant;
import java.util.UUID;

/** A resident (or a family member for them) booked a slot of a service. */
public record BookingCreated(UUID bookingId, UUID residentId, String serviceCode, UUID slotId, Instant slotStart,
        int costMinutes, long costFen) implements Payload {

    public BookingCreated {
        Checks.present("bookingId", bookingId);
        Checks.present("residentId", residentId);
        Checks.text("serviceCode", serviceCode);
        Checks.present("slotId", slotId);
        Checks.present("slotStart", slotStart);
        if (costMinutes < 0 || costMinutes > Checks.MAX_MINUTES) {
            throw new IllegalArgumentException("costMinutes out of range: " + costMinutes);
        }
        Checks.nonNegativeAmount("costFen", costFen);
    }
}
