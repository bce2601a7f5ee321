package org.huzhu.kiosk.desk;

import java.util.List;
import java.util.UUID;
import org.huzhu.kiosk.community.Bookings;
import org.huzhu.kiosk.community.Catalogue;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.community.Service;
import org.huzhu.kiosk.community.Slot;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.storage.StorageException;

/**
 * Books a service for a resident at the counter, paid from their minutes and signed on the staff card: what a
 * resident does at a kiosk, for one who asks at the counter instead, and what the kiosk could not do when it has
 * been offline too long or the resident spent past its offline limit (issue 12 part 5). Then the offline policy
 * refuses as it would at a kiosk, and staff may book it on their own authority by saying why: the reason travels in
 * the redeem, and the server accepts a staff-signed spend past the offline limit (never past the hard limit).
 * Blocking: worker threads only. Thread-safe.
 */
public final class CounterBooking {

    private final Catalogue catalogue;
    private final Bookings bookings;
    private final CounterRecorder recorder;

    public CounterBooking(Catalogue catalogue, Bookings bookings, CounterRecorder recorder) {
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.recorder = recorder;
    }

    /** The services on offer (active ones). */
    public List<Service> services() throws StorageException {
        return catalogue.services();
    }

    public List<Slot> slots(Service service) throws StorageException {
        return catalogue.upcomingSlots(service.code());
    }

    /**
     * @param overrideReason why staff book past the offline limit; blank: no override
     * @throws Refusal nothing recorded: the offline policy ({@link #needsOverride}: book again with a reason),
     *     {@code NOT_ENOUGH_MINUTES}, {@code SLOT_FULL}, {@code SLOT_GONE}, {@code STAFF_CARD_GONE} or
     *     {@code NOT_RECORDED}
     */
    /** Whether the offline policy refused it: staff may book it again on their authority, with a reason. */
    public static boolean needsOverride(Refusal refusal) {
        return refusal.reason() == Refusal.Reason.NEEDS_CONNECTION_OR_STAFF
                || refusal.reason() == Refusal.Reason.OVER_OFFLINE_LIMIT;
    }

    public Bookings.Confirmation book(StaffSession staff, UUID resident, Slot slot, String overrideReason)
            throws Refusal {
        String reason = overrideReason == null ? "" : overrideReason.strip();
        try {
            Bookings.Prepared booking = bookings.prepare(resident, resident, slot.id(), reason);
            recorder.record(staff, booking.steps());
            return bookings.confirmation(booking);
        } catch (StorageException e) {
            throw new Refusal(Refusal.Reason.NOT_RECORDED, e.getMessage(), e);
        }
    }
}
