package org.huzhu.kiosk.community;

import java.time.Instant;
import java.util.UUID;

/**
 * A booking made at this kiosk.
 *
 * @param number     short number the resident can read out at the service ("booking 00042")
 * @param residentId who receives the service
 * @param bookedBy   who booked it: the same resident, or a family member for them
 * @param delivery   whether the server has accepted the booking
 */
public record Booking(UUID id, String number, UUID residentId, UUID bookedBy, Service service, UUID slotId,
        Instant startsAt, int costMinutes, long costFen, boolean cancelled, Delivery delivery) {
}
