package org.huzhu.kiosk.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.kiosk.sync.SnapshotState;
import org.huzhu.kiosk.sync.SnapshotStore;

/**
 * The services and time slots residents can book, from the last snapshot, with free places counted as this kiosk
 * knows them. Blocking: call from a worker thread. Thread-safe.
 */
public final class Catalogue {

    private final Database database;
    private final Clock clock;

    Catalogue(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The services on offer, in the catalogue's order. */
    public List<Service> services() throws StorageException {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT code, name_zh, name_en, provider_zh, provider_en, place_zh, place_en, cost_minutes, cost_fen
                    FROM service WHERE active = 1 ORDER BY rowid""");
                    ResultSet rows = query.executeQuery()) {
                List<Service> services = new ArrayList<>();
                while (rows.next()) {
                    services.add(service(rows));
                }
                return services;
            }
        });
    }

    /** Slots of {@code serviceCode} that have not started yet, soonest first, full ones included (shown as full). */
    public List<Slot> upcomingSlots(String serviceCode) throws StorageException {
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            SnapshotState standing = SnapshotStore.read(connection);
            List<Slot> slots = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id FROM slot WHERE service_code = ?")) {
                query.setString(1, serviceCode);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        slot(connection, UUID.fromString(rows.getString(1)), standing)
                                .filter(slot -> slot.startsAt().isAfter(now)).ifPresent(slots::add);
                    }
                }
            }
            slots.sort(Comparator.comparing(Slot::startsAt));
            return slots;
        });
    }

    static Optional<Service> service(Connection connection, String code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT code, name_zh, name_en, provider_zh, provider_en, place_zh, place_en, cost_minutes, cost_fen
                FROM service WHERE code = ?""")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(service(row)) : Optional.empty();
            }
        }
    }

    private static Service service(ResultSet row) throws SQLException {
        return new Service(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getInt(8), row.getLong(9));
    }

    /**
     * A slot with its free places: what the server had booked at the snapshot, plus bookings made here since that the
     * server has not refused, minus cancellations made here since of bookings the snapshot already counted.
     */
    static Optional<Slot> slot(Connection connection, UUID id, SnapshotState standing) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT s.service_code, s.starts_at, s.capacity, s.booked
                     + (SELECT COUNT(*) FROM booking b JOIN outbox o ON o.sequence = b.created_sequence
                        WHERE b.slot_id = s.id AND b.created_sequence > ?2 AND b.cancelled_sequence IS NULL
                          AND o.state <> 'rejected')
                     - (SELECT COUNT(*) FROM booking b JOIN outbox o ON o.sequence = b.cancelled_sequence
                        WHERE b.slot_id = s.id AND b.created_sequence <= ?2 AND b.cancelled_sequence > ?2
                          AND o.state <> 'rejected')
                FROM slot s WHERE s.id = ?1""")) {
            query.setString(1, id.toString());
            query.setLong(2, standing.coversSequence());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                int capacity = row.getInt(3);
                return Optional.of(new Slot(id, row.getString(1), Instant.parse(row.getString(2)), capacity,
                        Math.max(0, capacity - row.getInt(4))));
            }
        }
    }
}
