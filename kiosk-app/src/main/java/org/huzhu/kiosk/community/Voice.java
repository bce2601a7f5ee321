package org.huzhu.kiosk.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.payload.ServiceRated;

/**
 * Residents' voice (issue 12 part 7): after a service booked here has taken place, the resident's next sign-in asks
 * once how it was. Only the latest such booking is asked about, and answering or skipping settles the older ones too,
 * so a resident back after weeks hears one question, not a list. An answer is a signed {@code service.rated}; a skip
 * is only this kiosk's note. Also each service's ratings, for the booking screen. Blocking: call from a worker thread.
 * Thread-safe.
 */
public final class Voice {

    private final Database database;
    private final Recorder recorder;
    private final Bookings bookings;
    private final Clock clock;

    Voice(Database database, Recorder recorder, Bookings bookings, Clock clock) {
        this.database = database;
        this.recorder = recorder;
        this.bookings = bookings;
        this.clock = clock;
    }

    /**
     * The booking to ask {@code resident} about: the latest made here for them whose time has come, not cancelled,
     * not refused by the server, and not asked about before.
     */
    public Optional<Booking> toAsk(UUID resident) throws StorageException {
        Optional<UUID> bookingId = database.inTransaction(connection -> latestUnasked(connection, resident,
                clock.instant()));
        return bookingId.isEmpty() ? Optional.empty() : bookings.find(bookingId.get());
    }

    /**
     * Records the resident's answer, 1..5 stars ({@link ServiceRated#UNHAPPY}, {@link ServiceRated#NEUTRAL},
     * {@link ServiceRated#HAPPY} from the kiosk's faces), signed as {@code actor}.
     */
    public void rate(Actor actor, Booking booking, int stars) throws Refusal {
        Instant now = clock.instant();
        recorder.record(actor, List.of(new Journal.Step(new ServiceRated(booking.id(), booking.residentId(), stars),
                (connection, sequence) -> settle(connection, booking, stars, sequence, now))));
    }

    /** The resident would rather not say: nothing is sent, and they are not asked about it (or older ones) again. */
    public void skip(Booking booking) throws StorageException {
        Instant now = clock.instant();
        database.inTransaction(connection -> {
            settle(connection, booking, null, null, now);
            return null;
        });
    }

    /** Each rated service's figures from the last snapshot, by service code; a service nobody rated is absent. */
    public Map<String, ServiceRating> ratings() throws StorageException {
        return database.inTransaction(connection -> {
            Map<String, ServiceRating> ratings = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT service_code, ratings, stars_total FROM service_rating_total");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ratings.put(rows.getString(1), new ServiceRating(rows.getInt(2), rows.getLong(3)));
                }
            }
            return ratings;
        });
    }

    private static Optional<UUID> latestUnasked(Connection connection, UUID resident, Instant now)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT b.id FROM booking b JOIN outbox o ON o.sequence = b.created_sequence
                WHERE b.resident_id = ? AND b.cancelled_sequence IS NULL AND b.starts_at <= ? AND o.state <> 'rejected'
                  AND NOT EXISTS (SELECT 1 FROM rating_asked a WHERE a.booking_id = b.id)
                ORDER BY b.starts_at DESC LIMIT 1""")) {
            query.setString(1, resident.toString());
            query.setString(2, Times.sortable(now));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(UUID.fromString(row.getString(1))) : Optional.empty();
            }
        }
    }

    /** Notes the answer (or the skip: nulls) for {@code booking}, and "not asked" for the resident's older ones. */
    private static void settle(Connection connection, Booking booking, Integer stars, Long sequence, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rating_asked (booking_id, stars, asked_at, sequence) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, booking.id().toString());
            insert.setObject(2, stars);
            insert.setString(3, Times.sortable(now));
            insert.setObject(4, sequence);
            insert.executeUpdate();
        }
        try (PreparedStatement older = connection.prepareStatement("""
                INSERT INTO rating_asked (booking_id, stars, asked_at, sequence)
                SELECT id, NULL, ?, NULL FROM booking b
                WHERE b.resident_id = ? AND b.starts_at < ?
                  AND NOT EXISTS (SELECT 1 FROM rating_asked a WHERE a.booking_id = b.id)""")) {
            older.setString(1, Times.sortable(now));
            older.setString(2, booking.residentId().toString());
            older.setString(3, Times.sortable(booking.startsAt()));
            older.executeUpdate();
        }
    }
}
