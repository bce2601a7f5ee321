package org.huzhu.server.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.protocol.sync.Snapshot;

/**
 * The snapshot's {@code aidOrders}: each aid order changed after a version, with only what its patient is told at the
 * kiosk (ADR 0014: no purpose, no items, no documents, no patient pseudonym). Stateless; works inside the caller's
 * transaction.
 */
final class AidSnapshot {

    private AidSnapshot() {
    }

    /** Every order whose version is above {@code since}, with all its payments, oldest first. */
    static List<Snapshot.AidOrder> changedSince(Connection connection, long since) throws SQLException {
        record Row(String orderId, String residentId, String charityId, String hospitalId, long maxFen, long paidFen,
                String status, Instant validUntil, long version) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT order_id, resident_id, charity_id, hospital_id, max_fen, paid_fen, status, valid_until_ms,
                       version
                FROM aid_order WHERE version > ? ORDER BY version, order_id""")) {
            query.setLong(1, since);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getLong(5), row.getLong(6), row.getString(7), Instant.ofEpochMilli(row.getLong(8)),
                            row.getLong(9)));
                }
            }
        }
        InstitutionNames names = InstitutionNames.in(connection);
        List<Snapshot.AidOrder> orders = new ArrayList<>();
        for (Row row : rows) {
            orders.add(new Snapshot.AidOrder(row.orderId(), row.residentId(), names.of(row.charityId()),
                    names.of(row.hospitalId()), row.maxFen(), row.paidFen(), row.status(), row.validUntil(),
                    row.version(), payments(connection, row.orderId())));
        }
        return orders;
    }

    private static List<Snapshot.AidPayment> payments(Connection connection, String orderId) throws SQLException {
        List<Snapshot.AidPayment> payments = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT amount_fen, matched_at_ms FROM hospital_payment WHERE order_id = ?
                ORDER BY matched_at_ms, hospital_order_number""")) {
            query.setString(1, orderId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    payments.add(new Snapshot.AidPayment(row.getLong(1), Instant.ofEpochMilli(row.getLong(2))));
                }
            }
        }
        return payments;
    }
}
