package org.huzhu.kiosk.community;

import java.time.Instant;
import java.util.UUID;

/** A time slot of a service; {@code free} counts the places this kiosk may still give. */
public record Slot(UUID id, String serviceCode, Instant startsAt, int capacity, int free) {
}
