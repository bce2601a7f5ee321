package org.huzhu.protocol.payload;

import java.util.UUID;

/** A booking was cancelled before its cut-off. */
public record BookingCancelled(UUID bookingId, UUID residentId, String reason) implements Payload {

    public BookingCancelled {
        Checks.present("bookingId", bookingId);
        Checks.present("residentId", residentId);
        Checks.text("reason", reason);
    }
}
