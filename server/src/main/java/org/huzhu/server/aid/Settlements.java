package org.huzhu.server.aid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.server.money.MoneyLedger;

/**
 * Settling matched payments (ADR 0015, {@code huzhu-server aid settle}): each hospital's payments not yet settled and
 * matched before the end of a day go into one settlement, which posts them from the hospital's account to the bank
 * and becomes one ISO 20022 credit-transfer file ({@link Pain001}). A settlement is made once per hospital and day;
 * asking again gives the one made. Stateless; works inside the caller's transaction.
 */
public final class Settlements {

    /** One matched hospital order in a settlement, with the charity whose pool paid it. */
    public record Payment(UUID orderId, String charityId, String hospitalOrderNumber, long amountFen,
            Instant matchedAt) {
    }

    /**
     * @param settlementId also the file's message id: {@code HZ-}, the day, {@code -}, the hospital's 16 hex (28 characters,
     *                     within ISO 20022's 35)
     */
    public record Settlement(String settlementId, String hospitalId, LocalDate day, List<Payment> payments,
            long totalFen, Instant createdAt) {

        public Settlement {
            payments = List.copyOf(payments);
        }
    }

    private Settlements() {
    }

    public static String idOf(String hospitalId, LocalDate day) {
        return "HZ-" + day.toString().replace("-", "") + "-" + hospitalId.substring(2);
    }

    /** Settles every hospital with payments waiting up to the end of {@code day} in {@code zone}; returns them all. */
    public static List<Settlement> settle(Connection connection, LocalDate day, ZoneId zone, Instant now)
            throws SQLException {
        long endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        List<String> hospitals = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT DISTINCT hospital_id FROM hospital_payment WHERE settlement_id IS NULL AND matched_at_ms < ?
                ORDER BY hospital_id""")) {
            query.setLong(1, endOfDay);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    hospitals.add(rows.getString(1));
                }
            }
        }
        List<Settlement> made = new ArrayList<>();
        for (String hospital : hospitals) {
            String id = idOf(hospital, day);
            if (find(connection, id).isPresent()) {
                continue; // settled for this day already; later payments wait for the next day's file
            }
            made.add(settleOne(connection, id, hospital, day, endOfDay, now));
        }
        return made;
    }

    private static Settlement settleOne(Connection connection, String id, String hospital, LocalDate day,
            long endOfDay, Instant now) throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement("""
                UPDATE hospital_payment SET settlement_id = ?
                WHERE hospital_id = ? AND settlement_id IS NULL AND matched_at_ms < ?""")) {
            mark.setString(1, id);
            mark.setString(2, hospital);
            mark.setLong(3, endOfDay);
            mark.executeUpdate();
        }
        List<Payment> payments = payments(connection, id);
        long total = 0;
        for (Payment payment : payments) {
            total += payment.amountFen();
            if (!MoneyLedger.transfer(connection, MoneyLedger.hospital(hospital), MoneyLedger.BANK,
                    payment.amountFen(), MoneyLedger.Kind.SETTLEMENT, payment.orderId(), id, now)) {
                throw new SQLException("hospital " + hospital + " holds less than its matched payments");
            }
            AidEvents.append(connection, AidOrders.applicationOf(connection, payment.orderId()),
                    new AidEvents.Event(AidEvents.Kind.PAID, payment.orderId(), payment.amountFen(), now, id));
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO settlement (settlement_id, hospital_id, day, payments, total_fen, created_at_ms)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, id);
            insert.setString(2, hospital);
            insert.setString(3, day.toString());
            insert.setInt(4, payments.size());
            insert.setLong(5, total);
            insert.setLong(6, now.toEpochMilli());
            insert.executeUpdate();
        }
        return new Settlement(id, hospital, day, payments, total, now);
    }

    public static Optional<Settlement> find(Connection connection, String settlementId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT hospital_id, day, total_fen, created_at_ms FROM settlement WHERE settlement_id = ?")) {
            query.setString(1, settlementId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Settlement(settlementId, row.getString(1), LocalDate.parse(row.getString(2)),
                        payments(connection, settlementId), row.getLong(3), Instant.ofEpochMilli(row.getLong(4))));
            }
        }
    }

    /** The settlements of one day, by hospital. */
    public static List<Settlement> ofDay(Connection connection, LocalDate day) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT settlement_id FROM settlement WHERE day = ? ORDER BY hospital_id")) {
            query.setString(1, day.toString());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        List<Settlement> settlements = new ArrayList<>();
        for (String id : ids) {
            settlements.add(find(connection, id).orElseThrow());
        }
        return settlements;
    }

    /** A settlement's payments grouped by the charity that pays them, in a stable order. */
    public static Map<String, List<Payment>> byCharity(Settlement settlement) {
        Map<String, List<Payment>> grouped = new LinkedHashMap<>();
        settlement.payments().stream()
                .sorted((a, b) -> a.charityId().compareTo(b.charityId()))
                .forEach(payment -> grouped.computeIfAbsent(payment.charityId(), key -> new ArrayList<>())
                        .add(payment));
        return grouped;
    }

    private static List<Payment> payments(Connection connection, String settlementId) throws SQLException {
        List<Payment> payments = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT p.order_id, o.charity_id, p.hospital_order_number, p.amount_fen, p.matched_at_ms
                FROM hospital_payment p JOIN aid_order o ON o.order_id = p.order_id
                WHERE p.settlement_id = ? ORDER BY p.matched_at_ms, p.hospital_order_number""")) {
            query.setString(1, settlementId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    payments.add(new Payment(UUID.fromString(rows.getString(1)), rows.getString(2),
                            rows.getString(3), rows.getLong(4), Instant.ofEpochMilli(rows.getLong(5))));
                }
            }
        }
        return payments;
    }
}
