package org.huzhu.protocol.payload;

import java.util.UUID;

/**
 * Time-bank minutes spent on a booking.
 *
 * @param reason why staff spent them past what the kiosk alone may (the offline limit), recorded at the counter with
 *               their signature; {@code ""} for a resident's own redeem, and then left out of the envelope
 *               ({@link PayloadVersions})
 */
public record HoursRedeemed(UUID residentId, int minutes, UUID bookingId, String reason) implements Payload {

    public HoursRedeemed {
        Checks.present("residentId", residentId);
        Checks.minutes("minutes", minutes);
        Checks.present("bookingId", bookingId);
        Checks.optionalText("reason", reason);
    }

    /** A redeem without a staff override's reason: every redeem a kiosk makes. */
    public HoursRedeemed(UUID residentId, int minutes, UUID bookingId) {
        this(residentId, minutes, bookingId, "");
    }
}
