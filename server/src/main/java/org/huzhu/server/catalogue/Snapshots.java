package org.huzhu.server.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.server.store.Versions;

/**
 * Reads "what changed since version V" for a kiosk and remembers when each kiosk was given a snapshot, which is what
 * the offline policy counts from. Stateless; works inside the caller's transaction.
 */
public final class Snapshots {

    private static final String RESIDENT_PREFIX = "resident:";

    private Snapshots() {
    }

    /** Everything with a version above {@code since}, up to the current version. */
    public static Snapshot read(Connection connection, long since, Snapshot.Limits limits, Instant generatedAt)
            throws SQLException {
        long version = Versions.current(connection);
        List<Snapshot.Service> services = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT code, name_zh, name_en, cost_minutes, cost_fen, active, version FROM service
                WHERE version > ? ORDER BY code""")) {
            query.setLong(1, since);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    services.add(new Snapshot.Service(rows.getString(1), rows.getString(2), rows.getString(3),
                            "", "", "", "", rows.getInt(4), rows.getLong(5), rows.getInt(6) == 1, rows.getLong(7)));
                }
            }
        }
        List<Snapshot.Slot> slots = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT slot_id, service_code, starts_at, capacity, booked, version FROM slot
                WHERE version > ? ORDER BY starts_at, slot_id""")) {
            query.setLong(1, since);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    slots.add(new Snapshot.Slot(rows.getString(1), rows.getString(2),
                            Instant.parse(rows.getString(3)), rows.getInt(4), rows.getInt(5), rows.getLong(6)));
                }
            }
        }
        List<Snapshot.Resident> residents = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT resident_id, card_hash, display_name, version FROM resident
                WHERE version > ? ORDER BY resident_id""")) {
            query.setLong(1, since);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    residents.add(new Snapshot.Resident(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getLong(4)));
                }
            }
        }
        List<Snapshot.Balance> balances = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT account_id, balance, version FROM account
                WHERE version > ? AND account_id LIKE 'resident:%' ORDER BY account_id""")) {
            query.setLong(1, since);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    balances.add(new Snapshot.Balance(rows.getString(1).substring(RESIDENT_PREFIX.length()),
                            rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        return new Snapshot(since, version, generatedAt, limits, services, slots, residents, balances, List.of(),
                List.of(), List.of());
    }

    public static void recordServed(Connection connection, String kioskId, Instant servedAt, long version)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO snapshot_served (kiosk_id, served_at_ms, version) VALUES (?, ?, ?)
                ON CONFLICT (kiosk_id, served_at_ms) DO NOTHING""")) {
            insert.setString(1, kioskId);
            insert.setLong(2, servedAt.toEpochMilli());
            insert.setLong(3, version);
            insert.executeUpdate();
        }
    }

    /** The last time {@code kioskId} was given a snapshot at or before {@code at}. */
    public static Optional<Instant> lastServed(Connection connection, String kioskId, Instant at)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT MAX(served_at_ms) FROM snapshot_served WHERE kiosk_id = ? AND served_at_ms <= ?")) {
            query.setString(1, kioskId);
            query.setLong(2, at.toEpochMilli());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long millis = row.getLong(1);
                return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
            }
        }
    }
}
