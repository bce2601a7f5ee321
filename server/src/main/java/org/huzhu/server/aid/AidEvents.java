package org.huzhu.server.aid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Each application's history (docs/protocol.md §12, tracking): applied, approved, delivered, matched, paid, expired,
 * revoked, returned, in the order they happened. Rows are only added. Stateless; works inside the caller's
 * transaction.
 */
public final class AidEvents {

    /** What happened to an application or its order. */
    public enum Kind {
        APPLIED("applied"), APPROVED("approved"), DELIVERED("delivered"), MATCHED("matched"), PAID("paid"),
        EXPIRED("expired"), REVOKED("revoked"), RETURNED("returned");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        static Kind of(String wireName) {
            for (Kind kind : values()) {
                if (kind.wireName.equals(wireName)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown aid event " + wireName);
        }
    }

    /**
     * One event.
     *
     * @param orderId   the order it concerns, null for the application's own events
     * @param amountFen the money it moved or asked for; 0 when none
     * @param reference what caused it: a transaction id, the hospital's order number, a settlement id, a reason
     */
    public record Event(Kind kind, UUID orderId, long amountFen, Instant at, String reference) {
    }

    private AidEvents() {
    }

    public static void append(Connection connection, UUID applicationId, Event event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO aid_event (application_id, seq, kind, order_id, amount_fen, at_ms, reference)
                SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ? FROM aid_event WHERE application_id = ?""")) {
            insert.setString(1, applicationId.toString());
            insert.setString(2, event.kind().wireName());
            insert.setString(3, event.orderId() == null ? null : event.orderId().toString());
            insert.setLong(4, event.amountFen());
            insert.setLong(5, event.at().toEpochMilli());
            insert.setString(6, event.reference());
            insert.setString(7, applicationId.toString());
            insert.executeUpdate();
        }
    }

    public static List<Event> history(Connection connection, UUID applicationId) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT kind, order_id, amount_fen, at_ms, reference FROM aid_event WHERE application_id = ?
                ORDER BY seq""")) {
            query.setString(1, applicationId.toString());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String order = rows.getString(2);
                    events.add(new Event(Kind.of(rows.getString(1)), order == null ? null : UUID.fromString(order),
                            rows.getLong(3), Instant.ofEpochMilli(rows.getLong(4)), rows.getString(5)));
                }
            }
        }
        return events;
    }
}
