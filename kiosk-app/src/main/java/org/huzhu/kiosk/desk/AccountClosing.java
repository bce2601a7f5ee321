package org.huzhu.kiosk.desk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.community.Booking;
import org.huzhu.kiosk.community.Bookings;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.community.RefusedChange;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.payload.ResidentClosed;

/**
 * Closes a resident's account when they moved away or died ({@code resident.closed}, signed on the staff card). The
 * server applies the balance rule from its ledger when it accepts it (docs/protocol.md §7): future bookings cancelled
 * and refunded, the balance to a linked family member or the centre's pool, an overdraft written off. Here the
 * account is marked closed at once, so this station acts on it before the next snapshot. Blocking: worker threads
 * only. Thread-safe.
 */
public final class AccountClosing {

    /** Why the account is closed, as the transaction records it. */
    public enum Why {
        MOVED_AWAY(ResidentClosed.MOVED_AWAY),
        DIED(ResidentClosed.DIED);

        private final String code;

        Why(String code) {
            this.code = code;
        }

        /** The reason as recorded, and the suffix of its words ({@code counter.close.why.<code>}). */
        public String code() {
            return code;
        }
    }

    /**
     * What closing will do, as this station knows it; the server decides from its own ledger.
     *
     * @param cancelled the resident's bookings known here whose slot has not started: closing cancels them
     * @param heirs     the linked family members whose own account is open: one may receive the balance
     */
    public record Plan(ResidentFile file, List<Booking> cancelled, List<FamilyMember> heirs) {

        public Plan {
            cancelled = List.copyOf(cancelled);
            heirs = List.copyOf(heirs);
        }
    }

    private final Residents residents;
    private final Bookings bookings;
    private final CounterRecorder recorder;
    private final Clock clock;

    public AccountClosing(Residents residents, Bookings bookings, CounterRecorder recorder, Clock clock) {
        this.residents = residents;
        this.bookings = bookings;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** What closing {@code file}'s account would do now. */
    public Plan plan(ResidentFile file) throws StorageException {
        UUID resident = file.resident().id();
        List<Booking> cancelled = bookings.upcoming(resident).stream()
                .filter(booking -> booking.residentId().equals(resident) && !booking.cancelled()).toList();
        List<FamilyMember> heirs = new ArrayList<>();
        for (FamilyMember member : file.family()) {
            if (residents.closedAt(member.residentId()).isEmpty()) {
                heirs.add(member);
            }
        }
        return new Plan(file, cancelled, heirs);
    }

    /**
     * @param heir who receives a positive balance; empty: the centre's pool
     * @throws Refusal nothing recorded: {@code ACCOUNT_CLOSED} (closed already), {@code NOT_FAMILY} (the heir is not
     *     an open, linked family member), {@code STAFF_CARD_GONE} or {@code NOT_RECORDED}
     */
    public void close(StaffSession staff, ResidentFile file, Why why, Optional<FamilyMember> heir) throws Refusal {
        if (heir.isPresent() && !file.hasFamilyMember(heir.get().residentId())) {
            throw new Refusal(Refusal.Reason.NOT_FAMILY, heir.get().residentId() + " is not family");
        }
        UUID resident = file.resident().id();
        BusinessChange close = residents.closing(resident, heir.map(FamilyMember::residentId), clock.instant(),
                () -> new RefusedChange(Refusal.Reason.ACCOUNT_CLOSED, "the account of " + resident + " is closed"),
                () -> new RefusedChange(Refusal.Reason.NOT_FAMILY, "the heir's own account is closed"));
        recorder.record(staff, List.of(new Journal.Step(new ResidentClosed(resident, why.code(),
                heir.map(FamilyMember::residentId)), close)));
    }
}
