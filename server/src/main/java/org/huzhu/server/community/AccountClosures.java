package org.huzhu.server.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.server.store.Queries;
import org.huzhu.server.store.Versions;

/**
 * Closed accounts ({@code resident.closed}, V10): the resident row stays with when, why and by which transaction it
 * was closed; nothing is deleted. Stateless; every method works inside the caller's transaction.
 */
public final class AccountClosures {

    /** A booking of a resident that is still booked, with when its slot starts. */
    public record OpenBooking(UUID bookingId, Instant startsAt) {
    }

    private AccountClosures() {
    }

    /** Whether {@code residentId}'s account was closed. */
    public static boolean closed(Connection connection, UUID residentId) throws SQLException {
        return Queries.exists(connection, "SELECT 1 FROM resident WHERE resident_id = ? AND closed_at_ms IS NOT NULL",
                residentId.toString());
    }

    /** Marks the account closed; kiosks learn it from the next snapshot (the row's version moves). */
    public static void close(Connection connection, UUID residentId, String reason, String transactionId,
            Instant closedAt) throws SQLException {
        long version = Versions.next(connection);
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE resident SET closed_at_ms = ?, closed_reason = ?, closed_by = ?, version = ?
                WHERE resident_id = ?""")) {
            update.setLong(1, closedAt.toEpochMilli());
            update.setString(2, reason);
            update.setString(3, transactionId);
            update.setLong(4, version);
            update.setString(5, residentId.toString());
            update.executeUpdate();
        }
    }

    /** The resident's bookings that are still booked, in the order their slots start. */
    public static List<OpenBooking> openBookings(Connection connection, UUID residentId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT b.booking_id, s.starts_at FROM booking b JOIN slot s ON s.slot_id = b.slot_id
                WHERE b.resident_id = ? AND b.status = 'booked' ORDER BY s.starts_at, b.booking_id""")) {
            query.setString(1, residentId.toString());
            List<OpenBooking> bookings = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    bookings.add(new OpenBooking(UUID.fromString(rows.getString(1)),
                            Instant.parse(rows.getString(2))));
                }
            }
            return bookings;
        }
    }

    /**
     * A closed resident's row gives its card up to the new account the same card is enrolled as (someone who moved
     * back): {@code card_hash} is unique, so the row keeps the pseudonym in {@code closed_card_hash} and takes one that
     * no card has (derived from its own id). Kiosks learn it from the next snapshot.
     *
     * @return false if {@code cardHash} is not a closed resident's card
     */
    public static boolean releaseCard(Connection connection, String cardHash) throws SQLException {
        Optional<String> holder = closedHolder(connection, cardHash);
        if (holder.isEmpty()) {
            return false;
        }
        long version = Versions.next(connection);
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE resident SET closed_card_hash = card_hash, card_hash = ?, version = ?
                WHERE resident_id = ?""")) {
            update.setString(1, ReleasedCards.pseudonym(holder.get()));
            update.setLong(2, version);
            update.setString(3, holder.get());
            update.executeUpdate();
        }
        return true;
    }

    private static Optional<String> closedHolder(Connection connection, String cardHash) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT resident_id FROM resident WHERE card_hash = ? AND closed_at_ms IS NOT NULL")) {
            query.setString(1, cardHash);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }
}
