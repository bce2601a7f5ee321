package org.huzhu.kiosk.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.kiosk.sync.SnapshotStore;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.authority.FamilyRight;
import org.huzhu.protocol.payload.BookingCancelled;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.protocol.payload.HoursRedeemed;

/**
 * Booking community services: a booking and the minutes redeemed for it are recorded together or not at all, a slot
 * is never given beyond its capacity by this kiosk, and a cancellation before the cut-off gives the minutes back.
 * Blocking: call from a worker thread. Thread-safe.
 */
public final class Bookings {

    /** A booking that was recorded, with the payer's balance afterwards for the receipt. */
    public record Confirmation(Booking booking, TimeBank.Balance balanceAfter) {
    }

    private final Database database;
    private final Recorder recorder;
    private final TimeBank timeBank;
    private final Clock clock;
    private final Duration cancelCutoff;

    Bookings(Database database, Recorder recorder, TimeBank timeBank, Clock clock, Duration cancelCutoff) {
        this.database = database;
        this.recorder = recorder;
        this.timeBank = timeBank;
        this.clock = clock;
        this.cancelCutoff = cancelCutoff;
    }

    /** How long before its start a booking can still be cancelled at the kiosk. */
    public Duration cancelCutoff() {
        return cancelCutoff;
    }

    /** A booking ready to record: its id, and its steps (the booking, and the redeem that pays for it, if any). */
    public record Prepared(UUID bookingId, UUID payer, List<Journal.Step> steps) {
    }

    /**
     * The family {@code resident} may book for ({@link #book} with them as {@code forResident}): those whose link
     * lets {@code resident} book for them, by name.
     */
    public List<FamilyMember> familyToBookFor(UUID resident) throws StorageException {
        return database.inTransaction(connection -> FamilyLinks.members(connection, resident,
                Optional.of(new FamilyLinks.Towards(FamilyRight.BOOK, false))));
    }

    /**
     * Books {@code slotId} for {@code forResident}, paid from {@code bookedBy}'s minutes; the two are the same
     * resident or linked family.
     */
    public Confirmation book(Actor actor, UUID bookedBy, UUID forResident, UUID slotId) throws Refusal, StorageException {
        Prepared booking = prepare(bookedBy, forResident, slotId, "");
        recorder.record(actor, booking.steps());
        return confirmation(booking);
    }

    /**
     * The steps that book {@code slotId} for {@code forResident}, paid from {@code bookedBy}'s minutes, for whoever
     * records them (a resident's card here, a staff card at the counter). Each step checks its rule again inside the
     * journal's transaction: the slot still open and free, family, and the spend.
     *
     * @param staffReason why staff book past the offline limit, signed with their card at the counter ({@code ""}:
     *                    no override, the offline policy applies as to a resident)
     */
    public Prepared prepare(UUID bookedBy, UUID forResident, UUID slotId, String staffReason)
            throws Refusal, StorageException {
        Instant now = clock.instant();
        Slot slot = database.inTransaction(connection -> Catalogue.slot(connection, slotId, SnapshotStore.read(connection)))
                .orElseThrow(() -> new Refusal(Refusal.Reason.SLOT_GONE, "no slot " + slotId));
        Service service = database.inTransaction(connection -> Catalogue.service(connection, slot.serviceCode()))
                .orElseThrow(() -> new Refusal(Refusal.Reason.SLOT_GONE, "no service " + slot.serviceCode()));
        UUID bookingId = UUID.randomUUID();
        BookingCreated created = new BookingCreated(bookingId, forResident, service.code(), slotId, slot.startsAt(),
                service.costMinutes(), service.costFen());
        List<Journal.Step> steps = new ArrayList<>();
        steps.add(new Journal.Step(created, (connection, sequence) -> {
            if (!bookedBy.equals(forResident)) {
                TimeBank.requireFamily(connection, bookedBy, forResident);
            }
            Slot current = Catalogue.slot(connection, slotId, SnapshotStore.read(connection)).orElseThrow(
                    () -> new RefusedChange(Refusal.Reason.SLOT_GONE, "slot " + slotId + " left the catalogue"));
            if (!current.startsAt().isAfter(now)) {
                throw new RefusedChange(Refusal.Reason.SLOT_GONE, "slot " + slotId + " has started");
            }
            if (current.free() < 1) {
                throw new RefusedChange(Refusal.Reason.SLOT_FULL, "slot " + slotId + " is full");
            }
            insert(connection, created, bookedBy, sequence);
        }));
        if (service.costMinutes() > 0) {
            boolean staffOverride = !staffReason.isEmpty();
            steps.add(new Journal.Step(new HoursRedeemed(bookedBy, service.costMinutes(), bookingId, staffReason),
                    (connection, sequence) -> {
                        TimeAccounts.checkSpend(connection, bookedBy, service.costMinutes(), now, staffOverride);
                        TimeAccounts.addEntry(connection, sequence, bookedBy, -service.costMinutes(),
                                TimeEntry.Kind.REDEEMED, null, bookingId, now);
                    }));
        }
        return new Prepared(bookingId, bookedBy, List.copyOf(steps));
    }

    /** What {@code booking}, once recorded, looks like on its receipt. */
    public Confirmation confirmation(Prepared booking) throws StorageException {
        Booking recorded = find(booking.bookingId()).orElseThrow(() -> new StorageException(database.file(),
                "booking " + booking.bookingId() + " was recorded but cannot be read back"));
        return new Confirmation(recorded, timeBank.balance(booking.payer()));
    }

    /** Bookings for or by {@code resident} that have not started, soonest first, including ones the server refused. */
    public List<Booking> upcoming(UUID resident) throws StorageException {
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            List<Booking> bookings = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(SELECT + """
                    WHERE (b.resident_id = ?1 OR b.booked_by = ?1) AND b.cancelled_sequence IS NULL
                      AND b.starts_at > ?2
                    ORDER BY b.starts_at""")) {
                query.setString(1, resident.toString());
                query.setString(2, Times.sortable(now));
                Map<String, Service> services = new HashMap<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        bookings.add(booking(rows, services));
                    }
                }
            }
            return bookings;
        });
    }

    public Optional<Booking> find(UUID bookingId) throws StorageException {
        return database.inTransaction(connection -> find(connection, bookingId));
    }

    /** Cancels a booking of {@code resident}'s before the cut-off, giving back the minutes redeemed for it. */
    public Booking cancel(Actor actor, UUID resident, UUID bookingId) throws Refusal, StorageException {
        Instant now = clock.instant();
        Booking booking = find(bookingId).orElseThrow(
                () -> new Refusal(Refusal.Reason.NOT_CANCELLABLE, "no booking " + bookingId));
        if (!booking.residentId().equals(resident) && !booking.bookedBy().equals(resident)) {
            throw new Refusal(Refusal.Reason.NOT_CANCELLABLE, "booking " + bookingId + " is not " + resident + "'s");
        }
        if (booking.delivery() == Delivery.REFUSED) {
            throw new Refusal(Refusal.Reason.NOT_CANCELLABLE, "the server refused booking " + bookingId);
        }
        if (now.plus(cancelCutoff).isAfter(booking.startsAt())) {
            throw new Refusal(Refusal.Reason.TOO_LATE_TO_CANCEL, "booking " + bookingId + " starts " + booking.startsAt());
        }
        recorder.record(actor, List.of(new Journal.Step(
                new BookingCancelled(bookingId, booking.residentId(), "cancelled by the resident at the kiosk"),
                (connection, sequence) -> {
                    try (PreparedStatement update = connection.prepareStatement("""
                            UPDATE booking SET cancelled_sequence = ? WHERE id = ? AND cancelled_sequence IS NULL""")) {
                        update.setLong(1, sequence);
                        update.setString(2, bookingId.toString());
                        if (update.executeUpdate() != 1) {
                            throw new RefusedChange(Refusal.Reason.NOT_CANCELLABLE, bookingId + " is cancelled already");
                        }
                    }
                    if (booking.costMinutes() > 0) {
                        TimeAccounts.addEntry(connection, sequence, booking.bookedBy(), booking.costMinutes(),
                                TimeEntry.Kind.REFUNDED, null, bookingId, now);
                    }
                })));
        return find(bookingId).orElseThrow();
    }

    private static final String SELECT = """
            SELECT b.id, b.number, b.resident_id, b.booked_by, b.service_code, b.slot_id, b.starts_at, b.cost_minutes,
                   b.cost_fen, b.cancelled_sequence IS NOT NULL, o.state
            FROM booking b JOIN outbox o ON o.sequence = b.created_sequence
            """;

    private static Optional<Booking> find(Connection connection, UUID bookingId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + "WHERE b.id = ?")) {
            query.setString(1, bookingId.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(booking(row, new HashMap<>())) : Optional.empty();
            }
        }
    }

    /** @param services services already read in this query, by code (a resident's bookings repeat a few) */
    private static Booking booking(ResultSet row, Map<String, Service> services) throws SQLException {
        String code = row.getString(5);
        Service service = services.get(code);
        if (service == null) {
            service = Catalogue.service(row.getStatement().getConnection(), code).orElseThrow(
                    () -> new SQLException("a booking names a service the catalogue no longer has: " + code));
            services.put(code, service);
        }
        return new Booking(UUID.fromString(row.getString(1)), row.getString(2), UUID.fromString(row.getString(3)),
                UUID.fromString(row.getString(4)), service, UUID.fromString(row.getString(6)),
                Instant.parse(row.getString(7)), row.getInt(8), row.getLong(9), row.getBoolean(10),
                Delivery.fromOutbox(row.getString(11)));
    }

    private static void insert(Connection connection, BookingCreated created, UUID bookedBy, long sequence)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO booking (id, number, resident_id, booked_by, slot_id, service_code, starts_at, cost_minutes,
                                     cost_fen, created_sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, created.bookingId().toString());
            insert.setString(2, String.format("%05d", sequence));
            insert.setString(3, created.residentId().toString());
            insert.setString(4, bookedBy.toString());
            insert.setString(5, created.slotId().toString());
            insert.setString(6, created.serviceCode());
            insert.setString(7, Times.sortable(created.slotStart()));
            insert.setInt(8, created.costMinutes());
            insert.setLong(9, created.costFen());
            insert.setLong(10, sequence);
            insert.executeUpdate();
        }
    }
}
