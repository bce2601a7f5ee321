package org.huzhu.server.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.server.store.Queries;
import org.huzhu.server.store.Versions;

/**
 * Residents' ratings of the services they were booked for ({@code service.rated}): one per booking, and per service
 * the count and sum of stars that snapshots carry. Stateless; every method works inside the caller's transaction.
 */
public final class ServiceRatings {

    /**
     * A booking as a rating needs it: whom it was for, whether it still stands, and the booked slot's service and
     * start.
     */
    public record Booked(String residentId, boolean booked, String serviceCode, Instant startsAt) {
    }

    private ServiceRatings() {
    }

    public static Optional<Booked> booking(Connection connection, UUID bookingId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT b.resident_id, b.status, s.service_code, s.starts_at
                FROM booking b JOIN slot s ON s.slot_id = b.slot_id WHERE b.booking_id = ?""")) {
            query.setString(1, bookingId.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Booked(row.getString(1), "booked".equals(row.getString(2)),
                        row.getString(3), Instant.parse(row.getString(4)))) : Optional.empty();
            }
        }
    }

    public static boolean rated(Connection connection, UUID bookingId) throws SQLException {
        return Queries.exists(connection, "SELECT 1 FROM service_rating WHERE booking_id = ?", bookingId.toString());
    }

    /** Records the rating and adds it to its service's totals, which take the next snapshot version. */
    public static void rate(Connection connection, UUID bookingId, UUID residentId, String serviceCode, int stars,
            String transactionId, Instant createdAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO service_rating (booking_id, resident_id, service_code, stars, transaction_id,
                                            created_at_ms) VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, bookingId.toString());
            insert.setString(2, residentId.toString());
            insert.setString(3, serviceCode);
            insert.setInt(4, stars);
            insert.setString(5, transactionId);
            insert.setLong(6, createdAt.toEpochMilli());
            insert.executeUpdate();
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO service_rating_total (service_code, ratings, stars_total, version) VALUES (?, 1, ?, ?)
                ON CONFLICT (service_code) DO UPDATE SET ratings = service_rating_total.ratings + 1,
                    stars_total = service_rating_total.stars_total + excluded.stars_total,
                    version = excluded.version""")) {
            upsert.setString(1, serviceCode);
            upsert.setLong(2, stars);
            upsert.setLong(3, Versions.next(connection));
            upsert.executeUpdate();
        }
    }
}
