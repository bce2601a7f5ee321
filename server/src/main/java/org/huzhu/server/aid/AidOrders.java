package org.huzhu.server.aid;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.protocol.aid.AidMatching;
import org.huzhu.protocol.aid.AidOrderDocument;
import org.huzhu.protocol.aid.AidOrderStatus;
import org.huzhu.protocol.aid.AidOrderTerms;
import org.huzhu.protocol.aid.MatchRefusal;
import org.huzhu.protocol.aid.OpenAidOrder;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.huzhu.protocol.sync.KeyIds;
import org.huzhu.server.money.MoneyLedger;
import org.huzhu.server.store.Versions;

/**
 * Charity aid orders (ADR 0015, docs/protocol.md §12): issuing reserves the order's maximum in a hold account, a
 * matched hospital order pays from the hold, and expiry or revocation returns what remains, once. Every change of an
 * order is a conditional update on its row (status, paid and returned amounts), so two requests racing for the same
 * order cannot both spend the same fen. Stateless; works inside the caller's transaction. Who may ask (the charity's
 * signature, the institutions' standing, the desk's staff card) is checked by the callers.
 */
public final class AidOrders {

    public static final String APPLICATION_UNKNOWN = "application-unknown";
    public static final String APPLICATION_NOT_YOURS = "application-not-yours";
    public static final String APPLICATION_ALREADY_APPROVED = "application-already-approved";
    public static final String HOSPITAL_NOT_APPLIED_FOR = "hospital-not-applied-for";
    public static final String PATIENT_MISMATCH = "patient-mismatch";
    public static final String VALID_UNTIL_PAST = "valid-until-past";
    public static final String DUPLICATE_AID_ORDER = "duplicate-aid-order";
    public static final String INSUFFICIENT_POOL = "insufficient-pool";
    public static final String AID_ORDER_NOT_YOURS = "aid-order-not-yours";
    public static final String AID_ORDER_NOT_OPEN = "aid-order-not-open";

    private AidOrders() {
    }

    /**
     * The pseudonym a charity and the hospitals of its orders know a patient by: {@code P-} and 16 hex of SHA-256 over
     * the resident and the charity, so two charities cannot link their patients, and a pseudonym says nothing without
     * the resident's random id.
     */
    public static String patientPseudonym(UUID residentId, String charityId) {
        return "P-" + KeyIds.sha256Hex(("huzhu-patient-1|" + residentId + "|" + charityId)
                .getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /**
     * Issues a charity's signed order: it must approve the charity's own application, not approved before, for the
     * hospital applied for and the application's patient, valid into the future; and the charity's pool must hold the
     * maximum, which moves into the order's hold. The same order sent again (same document and signature) changes
     * nothing and is not refused.
     *
     * @return the refusal code, or empty when the order stands (issued now or before)
     */
    public static Optional<String> issue(Connection connection, AidOrderDocument order, String signatureHex,
            Instant now) throws SQLException {
        expireDue(connection, now); // what expired orders held is the pool's again before anything is reserved
        Optional<String> stored = storedSignature(connection, order.orderId());
        if (stored.isPresent()) {
            return stored.get().equals(signatureHex) && document(connection, order.orderId())
                    .equals(new String(order.signingBytes(), StandardCharsets.UTF_8))
                    ? Optional.empty() : Optional.of(DUPLICATE_AID_ORDER);
        }
        Optional<AidApplications.Application> found = AidApplications.find(connection, order.applicationId());
        if (found.isEmpty()) {
            return Optional.of(APPLICATION_UNKNOWN);
        }
        AidApplications.Application application = found.get();
        if (!application.charityId().equals(order.charityId())) {
            return Optional.of(APPLICATION_NOT_YOURS);
        }
        if (application.approved()) {
            return Optional.of(APPLICATION_ALREADY_APPROVED);
        }
        if (!application.hospitalId().equals(order.hospitalId())) {
            return Optional.of(HOSPITAL_NOT_APPLIED_FOR);
        }
        if (!patientPseudonym(application.residentId(), order.charityId()).equals(order.patient())) {
            return Optional.of(PATIENT_MISMATCH);
        }
        if (!order.validUntil().isAfter(now)) {
            return Optional.of(VALID_UNTIL_PAST);
        }
        if (!MoneyLedger.transfer(connection, MoneyLedger.charity(order.charityId()),
                MoneyLedger.hold(order.orderId()), order.maxFen(), MoneyLedger.Kind.RESERVE, order.orderId(),
                order.orderId().toString(), now)) {
            return Optional.of(INSUFFICIENT_POOL);
        }
        insert(connection, order, application.residentId(), signatureHex, now);
        AidApplications.approve(connection, order.applicationId());
        AidEvents.append(connection, order.applicationId(), new AidEvents.Event(AidEvents.Kind.APPROVED,
                order.orderId(), order.maxFen(), now, order.charityId()));
        return Optional.empty();
    }

    /**
     * Pays a hospital order from the aid order's hold when the two match ({@link AidMatching}); a refusal changes
     * nothing. An order past its end is expired first, so its remainder goes back however the match ends.
     *
     * @param hospitalId the hospital of the desk that submitted it
     * @return the refusal, or empty when the amount was paid
     */
    public static Optional<MatchRefusal> match(Connection connection, HospitalOrderSubmitted submitted,
            String hospitalId, String transactionId, Instant now) throws SQLException {
        expireIfDue(connection, submitted.aidOrderId(), now);
        Optional<AidOrderTerms> terms = terms(connection, submitted.aidOrderId());
        Optional<MatchRefusal> refusal = AidMatching.refusal(terms, submitted, hospitalId,
                numberMatched(connection, hospitalId, submitted.hospitalOrderNumber()), now);
        if (refusal.isPresent()) {
            return refusal;
        }
        try (PreparedStatement pay = connection.prepareStatement("""
                UPDATE aid_order SET paid_fen = paid_fen + ?, version = ?
                WHERE order_id = ? AND status = 'open' AND paid_fen + returned_fen + ? <= max_fen""")) {
            pay.setLong(1, submitted.amountFen());
            pay.setLong(2, Versions.next(connection));
            pay.setString(3, submitted.aidOrderId().toString());
            pay.setLong(4, submitted.amountFen());
            if (pay.executeUpdate() == 0) {
                return Optional.of(MatchRefusal.OVER_REMAINING); // another desk took it since it was read
            }
        }
        ledgerMust(MoneyLedger.transfer(connection, MoneyLedger.hold(submitted.aidOrderId()),
                MoneyLedger.hospital(hospitalId), submitted.amountFen(), MoneyLedger.Kind.PAYMENT,
                submitted.aidOrderId(), transactionId, now));
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO hospital_payment (hospital_id, hospital_order_number, order_id, amount_fen, items,
                    transaction_id, matched_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, hospitalId);
            insert.setString(2, submitted.hospitalOrderNumber());
            insert.setString(3, submitted.aidOrderId().toString());
            insert.setLong(4, submitted.amountFen());
            insert.setString(5, AidApplications.json(submitted.items()));
            insert.setString(6, transactionId);
            insert.setLong(7, now.toEpochMilli());
            insert.executeUpdate();
        }
        AidEvents.append(connection, applicationOf(connection, submitted.aidOrderId()), new AidEvents.Event(
                AidEvents.Kind.MATCHED, submitted.aidOrderId(), submitted.amountFen(), now,
                submitted.hospitalOrderNumber()));
        return Optional.empty();
    }

    /**
     * The charity revokes its open order: what remains goes back to its pool, once; payments made stay made.
     *
     * @return the refusal code, or empty when it was revoked
     */
    public static Optional<String> revoke(Connection connection, UUID orderId, String charityId, String reason,
            Instant now) throws SQLException {
        expireIfDue(connection, orderId, now);
        Optional<OrderRow> row = row(connection, orderId);
        if (row.isEmpty()) {
            return Optional.of(MatchRefusal.UNKNOWN_ORDER.code());
        }
        if (!row.get().charityId().equals(charityId)) {
            return Optional.of(AID_ORDER_NOT_YOURS);
        }
        if (!close(connection, row.get(), AidOrderStatus.REVOKED, now, reason)) {
            return Optional.of(AID_ORDER_NOT_OPEN);
        }
        return Optional.empty();
    }

    /** Expires every open order past its end (the server's periodic sweep); returns how many. */
    public static int expireDue(Connection connection, Instant now) throws SQLException {
        List<OrderRow> due = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SELECT_ROW
                + " WHERE status = 'open' AND valid_until_ms < ? ORDER BY valid_until_ms")) {
            query.setLong(1, now.toEpochMilli());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    due.add(OrderRow.of(rows));
                }
            }
        }
        int expired = 0;
        for (OrderRow order : due) {
            expired += close(connection, order, AidOrderStatus.EXPIRED, order.validUntil(), "valid until "
                    + order.validUntil()) ? 1 : 0;
        }
        return expired;
    }

    /** The terms matching checks, if the order exists. */
    public static Optional<AidOrderTerms> terms(Connection connection, UUID orderId) throws SQLException {
        return row(connection, orderId).map(OrderRow::terms);
    }

    /**
     * A patient's open orders at one hospital that still have money, soonest to end first, each with its charity's
     * name: what a hospital desk shows. Orders past their end are expired first.
     */
    public static List<OpenAidOrder> openAt(Connection connection, UUID residentId, String hospitalId, Instant now)
            throws SQLException {
        expireDue(connection, now);
        List<OpenAidOrder> orders = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT o.order_id, COALESCE(i.name, o.charity_id), o.purpose, o.max_fen, o.paid_fen, o.valid_until_ms
                FROM aid_order o LEFT JOIN institution i ON i.institution_id = o.charity_id
                WHERE o.resident_id = ? AND o.hospital_id = ? AND o.status = 'open'
                    AND o.paid_fen + o.returned_fen < o.max_fen
                ORDER BY o.valid_until_ms, o.order_id""")) {
            query.setString(1, residentId.toString());
            query.setString(2, hospitalId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    orders.add(new OpenAidOrder(UUID.fromString(rows.getString(1)), rows.getString(2),
                            rows.getString(3), rows.getLong(4), rows.getLong(5),
                            Instant.ofEpochMilli(rows.getLong(6))));
                }
            }
        }
        return orders;
    }

    /** The charity that issued an order, if it exists. */
    public static Optional<String> charityOf(Connection connection, UUID orderId) throws SQLException {
        return row(connection, orderId).map(OrderRow::charityId);
    }

    /** The application an order approves. */
    public static UUID applicationOf(Connection connection, UUID orderId) throws SQLException {
        return row(connection, orderId).orElseThrow(() -> new SQLException("no aid order " + orderId))
                .applicationId();
    }

    private static void expireIfDue(Connection connection, UUID orderId, Instant now) throws SQLException {
        Optional<OrderRow> row = row(connection, orderId);
        if (row.isPresent() && row.get().status() == AidOrderStatus.OPEN && now.isAfter(row.get().validUntil())) {
            close(connection, row.get(), AidOrderStatus.EXPIRED, row.get().validUntil(),
                    "valid until " + row.get().validUntil());
        }
    }

    /**
     * Closes an open order as revoked or expired and returns what remains of its hold to the charity, once: the
     * conditional update lets only one closing through.
     */
    private static boolean close(Connection connection, OrderRow order, AidOrderStatus status, Instant at,
            String reason) throws SQLException {
        long remaining;
        try (PreparedStatement close = connection.prepareStatement("""
                UPDATE aid_order SET status = ?, returned_fen = max_fen - paid_fen, closed_at_ms = ?, version = ?
                WHERE order_id = ? AND status = 'open' RETURNING returned_fen""")) {
            close.setString(1, status.wireName());
            close.setLong(2, at.toEpochMilli());
            close.setLong(3, Versions.next(connection));
            close.setString(4, order.orderId().toString());
            try (ResultSet row = close.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
                remaining = row.getLong(1);
            }
        }
        AidEvents.Kind kind = status == AidOrderStatus.REVOKED ? AidEvents.Kind.REVOKED : AidEvents.Kind.EXPIRED;
        AidEvents.append(connection, order.applicationId(), new AidEvents.Event(kind, order.orderId(), 0, at,
                reason));
        if (remaining > 0) {
            ledgerMust(MoneyLedger.transfer(connection, MoneyLedger.hold(order.orderId()),
                    MoneyLedger.charity(order.charityId()), remaining, MoneyLedger.Kind.RETURN, order.orderId(),
                    kind.wireName(), at));
            AidEvents.append(connection, order.applicationId(), new AidEvents.Event(AidEvents.Kind.RETURNED,
                    order.orderId(), remaining, at, order.charityId()));
        }
        return true;
    }

    /** A hold always holds what its order has not paid or returned; a transfer it cannot make is a broken ledger. */
    private static void ledgerMust(boolean transferred) throws SQLException {
        if (!transferred) {
            throw new SQLException("an aid order's hold does not hold what the order says it has left");
        }
    }

    private static boolean numberMatched(Connection connection, String hospitalId, String number)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM hospital_payment WHERE hospital_id = ? AND hospital_order_number = ?")) {
            query.setString(1, hospitalId);
            query.setString(2, number);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void insert(Connection connection, AidOrderDocument order, UUID residentId, String signatureHex,
            Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO aid_order (order_id, application_id, charity_id, hospital_id, resident_id, patient,
                    purpose, max_fen, paid_fen, returned_fen, valid_until_ms, issued_at_ms, status, document,
                    signature, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, 'open', ?, ?, ?)""")) {
            insert.setString(1, order.orderId().toString());
            insert.setString(2, order.applicationId().toString());
            insert.setString(3, order.charityId());
            insert.setString(4, order.hospitalId());
            insert.setString(5, residentId.toString());
            insert.setString(6, order.patient());
            insert.setString(7, order.purpose());
            insert.setLong(8, order.maxFen());
            insert.setLong(9, order.validUntil().toEpochMilli());
            insert.setLong(10, now.toEpochMilli());
            insert.setString(11, new String(order.signingBytes(), StandardCharsets.UTF_8));
            insert.setString(12, signatureHex);
            insert.setLong(13, Versions.next(connection));
            insert.executeUpdate();
        }
    }

    private static Optional<String> storedSignature(Connection connection, UUID orderId) throws SQLException {
        return text(connection, "SELECT signature FROM aid_order WHERE order_id = ?", orderId);
    }

    private static String document(Connection connection, UUID orderId) throws SQLException {
        return text(connection, "SELECT document FROM aid_order WHERE order_id = ?", orderId).orElseThrow();
    }

    private static Optional<String> text(Connection connection, String sql, UUID orderId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, orderId.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static final String SELECT_ROW = """
            SELECT order_id, application_id, charity_id, hospital_id, resident_id, max_fen, paid_fen, returned_fen,
                valid_until_ms, status, patient, purpose FROM aid_order""";

    /** The order as stored, if it exists. */
    public static Optional<OrderRow> row(Connection connection, UUID orderId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT_ROW + " WHERE order_id = ?")) {
            query.setString(1, orderId.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(OrderRow.of(row)) : Optional.empty();
            }
        }
    }

    /** An order as stored. */
    public record OrderRow(UUID orderId, UUID applicationId, String charityId, String hospitalId, UUID residentId,
            long maxFen, long paidFen, long returnedFen, Instant validUntil, AidOrderStatus status, String patient,
            String purpose) {

        static OrderRow of(ResultSet row) throws SQLException {
            return new OrderRow(UUID.fromString(row.getString(1)), UUID.fromString(row.getString(2)),
                    row.getString(3), row.getString(4), UUID.fromString(row.getString(5)), row.getLong(6),
                    row.getLong(7), row.getLong(8), Instant.ofEpochMilli(row.getLong(9)),
                    AidOrderStatus.fromWireName(row.getString(10)).orElseThrow(), row.getString(11),
                    row.getString(12));
        }

        /** Whether the institution is the order's charity or its hospital. */
        public boolean party(String institutionId) {
            return charityId.equals(institutionId) || hospitalId.equals(institutionId);
        }

        AidOrderTerms terms() {
            return new AidOrderTerms(orderId, residentId, hospitalId, maxFen, paidFen, validUntil, status);
        }
    }
}
