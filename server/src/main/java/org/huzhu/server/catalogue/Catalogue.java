package org.huzhu.server.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.protocol.authority.FamilyRight;
import org.huzhu.server.community.FamilyLinks;
import org.huzhu.server.store.Queries;
import org.huzhu.server.store.Versions;

/**
 * Services, slots, bookings and residents' card bindings: what kiosks need to work offline. Every change stamps its
 * row with a new snapshot version. Stateless; every method works inside the caller's transaction.
 */
public final class Catalogue {

    /** A slot's capacity and how many bookings it holds. */
    public record SlotState(String slotId, String serviceCode, int capacity, int booked) {
    }

    /** A booking as the server holds it. */
    public record BookingState(String bookingId, String slotId, String residentId, boolean booked) {
    }

    private Catalogue() {
    }

    /**
     * A service as offered: its names, who provides it and where it happens (each in Chinese and English).
     *
     * @param costMinutes time-bank minutes a booking costs
     * @param costFen     cash price in fen (1/100 yuan)
     */
    public record ServiceOffer(String code, String nameZh, String nameEn, String providerZh, String providerEn,
            String placeZh, String placeEn, int costMinutes, long costFen, boolean active) {
    }

    /** Adds a service or replaces what is known of it. */
    public static void upsertService(Connection connection, ServiceOffer service) throws SQLException {
        long version = Versions.next(connection);
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO service (code, name_zh, name_en, provider_zh, provider_en, place_zh, place_en,
                                     cost_minutes, cost_fen, active, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
                    provider_zh = excluded.provider_zh, provider_en = excluded.provider_en,
                    place_zh = excluded.place_zh, place_en = excluded.place_en,
                    cost_minutes = excluded.cost_minutes, cost_fen = excluded.cost_fen, active = excluded.active,
                    version = excluded.version""")) {
            upsert.setString(1, service.code());
            upsert.setString(2, service.nameZh());
            upsert.setString(3, service.nameEn());
            upsert.setString(4, service.providerZh());
            upsert.setString(5, service.providerEn());
            upsert.setString(6, service.placeZh());
            upsert.setString(7, service.placeEn());
            upsert.setInt(8, service.costMinutes());
            upsert.setLong(9, service.costFen());
            upsert.setInt(10, service.active() ? 1 : 0);
            upsert.setLong(11, version);
            upsert.executeUpdate();
        }
    }

    /** Adds a slot, or changes its capacity (never below what is booked: the database refuses). */
    public static void upsertSlot(Connection connection, UUID slotId, String serviceCode, Instant startsAt,
            int capacity) throws SQLException {
        long version = Versions.next(connection);
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO slot (slot_id, service_code, starts_at, capacity, booked, version)
                VALUES (?, ?, ?, ?, 0, ?)
                ON CONFLICT (slot_id) DO UPDATE SET capacity = excluded.capacity, starts_at = excluded.starts_at,
                    version = excluded.version""")) {
            upsert.setString(1, slotId.toString());
            upsert.setString(2, serviceCode);
            upsert.setString(3, startsAt.toString());
            upsert.setInt(4, capacity);
            upsert.setLong(5, version);
            upsert.executeUpdate();
        }
    }

    public static Optional<SlotState> slot(Connection connection, UUID slotId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT slot_id, service_code, capacity, booked FROM slot WHERE slot_id = ?")) {
            query.setString(1, slotId.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? Optional.of(new SlotState(row.getString(1), row.getString(2), row.getInt(3), row.getInt(4)))
                        : Optional.empty();
            }
        }
    }

    public static Optional<BookingState> booking(Connection connection, UUID bookingId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT booking_id, slot_id, resident_id, status FROM booking WHERE booking_id = ?")) {
            query.setString(1, bookingId.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? Optional.of(new BookingState(row.getString(1), row.getString(2), row.getString(3),
                                "booked".equals(row.getString(4))))
                        : Optional.empty();
            }
        }
    }

    public static void book(Connection connection, UUID bookingId, UUID slotId, UUID residentId,
            String transactionId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO booking (booking_id, slot_id, resident_id, status, transaction_id)
                VALUES (?, ?, ?, 'booked', ?)""")) {
            insert.setString(1, bookingId.toString());
            insert.setString(2, slotId.toString());
            insert.setString(3, residentId.toString());
            insert.setString(4, transactionId);
            insert.executeUpdate();
        }
        changeBooked(connection, slotId.toString(), 1);
    }

    public static void cancel(Connection connection, BookingState booking) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE booking SET status = 'cancelled' WHERE booking_id = ?")) {
            update.setString(1, booking.bookingId());
            update.executeUpdate();
        }
        changeBooked(connection, booking.slotId(), -1);
    }

    private static void changeBooked(Connection connection, String slotId, int delta) throws SQLException {
        long version = Versions.next(connection);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE slot SET booked = booked + ?, version = ? WHERE slot_id = ?")) {
            update.setInt(1, delta);
            update.setLong(2, version);
            update.setString(3, slotId);
            update.executeUpdate();
        }
    }

    /** The resident bound to a card, if any. */
    public static Optional<String> residentByCard(Connection connection, String cardHash) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT resident_id FROM resident WHERE card_hash = ?")) {
            query.setString(1, cardHash);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Whether the card {@code cardHash} is bound to {@code resident} or to a resident actively linked to them as
     * family who holds {@code right} for them, in one query: the authority check of every resident action.
     */
    public static boolean cardActsFor(Connection connection, String cardHash, UUID resident, FamilyRight right)
            throws SQLException {
        String id = resident.toString();
        return Queries.exists(connection, "SELECT 1 FROM resident r WHERE r.card_hash = ? AND (r.resident_id = ? OR "
                + FamilyLinks.grants(right, "r.resident_id") + ")", cardHash, id, id, id);
    }

    /** Whether {@code residentId} was enrolled ({@code resident.enrolled} accepted). */
    public static boolean residentExists(Connection connection, UUID residentId) throws SQLException {
        return Queries.exists(connection, "SELECT 1 FROM resident WHERE resident_id = ?", residentId.toString());
    }

    /** The name an enrolled resident is shown by; empty if never enrolled. */
    public static Optional<String> displayName(Connection connection, UUID residentId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT display_name FROM resident WHERE resident_id = ?")) {
            query.setString(1, residentId.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Pins an enrolled resident's binding to the card whose number's pseudonym is {@code cardSerialHash}
     * ({@code card.replaced}): kiosks learn it from the next snapshot.
     *
     * @return false if the resident was not enrolled
     */
    public static boolean replaceCard(Connection connection, UUID residentId, String cardSerialHash)
            throws SQLException {
        long version = Versions.next(connection);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE resident SET card_serial_hash = ?, version = ? WHERE resident_id = ?")) {
            update.setString(1, cardSerialHash);
            update.setLong(2, version);
            update.setString(3, residentId.toString());
            return update.executeUpdate() == 1;
        }
    }

    /** The pseudonym of the card number a resident's binding is pinned to, empty until a card was replaced. */
    public static Optional<String> cardSerial(Connection connection, UUID residentId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT card_serial_hash FROM resident WHERE resident_id = ?")) {
            query.setString(1, residentId.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** Binds (or re-binds) a resident's card. */
    public static void upsertResident(Connection connection, UUID residentId, String cardHash, String idNumberHash,
            String displayName) throws SQLException {
        long version = Versions.next(connection);
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO resident (resident_id, card_hash, id_number_hash, display_name, version)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (resident_id) DO UPDATE SET card_hash = excluded.card_hash,
                    id_number_hash = excluded.id_number_hash, display_name = excluded.display_name,
                    version = excluded.version""")) {
            upsert.setString(1, residentId.toString());
            upsert.setString(2, cardHash);
            upsert.setString(3, idNumberHash);
            upsert.setString(4, displayName);
            upsert.setLong(5, version);
            upsert.executeUpdate();
        }
    }
}
