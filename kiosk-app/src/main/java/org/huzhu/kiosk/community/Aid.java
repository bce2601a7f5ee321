package org.huzhu.kiosk.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.aid.AidOrderStatus;

/**
 * A resident's aid orders as this kiosk's last snapshot has them (issue 13 part 6): read only; the server is the only
 * one that changes them. An order the snapshot still has open after its {@code validUntil} is told as expired: the
 * server expires it, dated at {@code validUntil}, when it next looks at it (ADR 0015), and "600 yuan left to use" would
 * no longer be true. Blocking: call from a worker thread. Thread-safe.
 */
public final class Aid {

    /** Open orders first, the soonest to end first; then the closed ones, the latest to end first. */
    static final Comparator<AidOrder> SHOWN_ORDER = Comparator
            .comparing((AidOrder order) -> order.status() != AidOrderStatus.OPEN)
            .thenComparing((AidOrder one, AidOrder other) -> one.status() == AidOrderStatus.OPEN
                    ? one.validUntil().compareTo(other.validUntil()) : other.validUntil().compareTo(one.validUntil()))
            .thenComparing(AidOrder::id);

    private final Database database;
    private final Clock clock;

    public Aid(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Whether the resident has any aid order at all: only then do their screens offer "My aid". */
    public boolean hasOrders(UUID resident) throws StorageException {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT 1 FROM aid_order WHERE resident_id = ? LIMIT 1")) {
                query.setString(1, resident.toString());
                try (ResultSet row = query.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    /** The resident's orders, open ones first ({@link #SHOWN_ORDER}), each with its payments. */
    public List<AidOrder> orders(UUID resident) throws StorageException {
        return database.inTransaction(connection -> {
            Map<UUID, List<AidOrder.Payment>> payments = payments(connection, resident);
            List<AidOrder> orders = new ArrayList<>();
            Instant now = clock.instant();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT order_id, charity_name, hospital_name, approved_fen, paid_fen, status, valid_until
                    FROM aid_order WHERE resident_id = ?""")) {
                query.setString(1, resident.toString());
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        UUID id = UUID.fromString(row.getString(1));
                        Instant validUntil = Instant.parse(row.getString(7));
                        // A status this kiosk does not know yet is worded as an open order: it says only what the
                        // server said was approved and paid.
                        AidOrderStatus status = AidOrderStatus.fromWireName(row.getString(6))
                                .orElse(AidOrderStatus.OPEN);
                        if (status == AidOrderStatus.OPEN && now.isAfter(validUntil)) {
                            status = AidOrderStatus.EXPIRED;
                        }
                        orders.add(new AidOrder(id, row.getString(2), row.getString(3), row.getLong(4),
                                row.getLong(5), status, validUntil, payments.getOrDefault(id, List.of())));
                    }
                }
            }
            return orders.stream().sorted(SHOWN_ORDER).toList();
        });
    }

    private static Map<UUID, List<AidOrder.Payment>> payments(Connection connection, UUID resident)
            throws SQLException {
        Map<UUID, List<AidOrder.Payment>> payments = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT p.order_id, p.amount_fen, p.paid_at FROM aid_payment p
                JOIN aid_order o ON o.order_id = p.order_id
                WHERE o.resident_id = ? ORDER BY p.order_id, p.seq""")) {
            query.setString(1, resident.toString());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    payments.computeIfAbsent(UUID.fromString(row.getString(1)), id -> new ArrayList<>())
                            .add(new AidOrder.Payment(row.getLong(2), Instant.parse(row.getString(3))));
                }
            }
        }
        return payments;
    }
}
