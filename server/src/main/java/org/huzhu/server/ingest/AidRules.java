package org.huzhu.server.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.huzhu.protocol.Authorisation;
import org.huzhu.protocol.UnsignedTransaction;
import org.huzhu.protocol.aid.MatchRefusal;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.huzhu.server.aid.AidApplications;
import org.huzhu.server.aid.AidOrders;
import org.huzhu.server.catalogue.Catalogue;

/**
 * The rules of the aid types (docs/protocol.md §12), after authority ({@link BusinessRules}) found staff of the right
 * role behind them: an application is for an enrolled resident, once; a hospital order is submitted by staff of the
 * desk's own hospital and pays only when it matches its aid order ({@link AidOrders#match}). Stateless; works inside
 * the caller's transaction.
 */
final class AidRules {

    static final String DUPLICATE_APPLICATION = "duplicate-application";
    /** A station may not claim a match: it is the server's verdict on a {@code hospital-order.submitted}. */
    static final String HOSPITAL_ORDER_REQUIRED = "hospital-order-required";

    private AidRules() {
    }

    static Outcome apply(Connection connection, UnsignedTransaction body, AidApplied applied) throws SQLException {
        if (!Catalogue.residentExists(connection, applied.residentId())) {
            return Outcome.rejected(BusinessRules.UNKNOWN_RESIDENT);
        }
        if (AidApplications.find(connection, applied.applicationId()).isPresent()) {
            return Outcome.rejected(DUPLICATE_APPLICATION);
        }
        AidApplications.record(connection, applied, body.id().toString(), body.createdAt());
        return Outcome.ACCEPTED;
    }

    static Outcome apply(Connection connection, UnsignedTransaction body, HospitalOrderSubmitted submitted,
            Instant now) throws SQLException {
        Optional<String> hospital = deskHospital(connection, body);
        if (hospital.isEmpty()) {
            return Outcome.rejected(MatchRefusal.STAFF_NOT_OF_HOSPITAL.code());
        }
        return AidOrders.match(connection, submitted, hospital.get(), body.id().toString(), now)
                .map(refusal -> Outcome.rejected(refusal.code())).orElse(Outcome.ACCEPTED);
    }

    /**
     * The hospital a hospital order is submitted for: the desk's, enrolled for it, when every staff card that signed
     * is of that hospital too; empty otherwise.
     */
    private static Optional<String> deskHospital(Connection connection, UnsignedTransaction body)
            throws SQLException {
        Optional<String> desk = column(connection, "SELECT hospital_id FROM kiosk WHERE kiosk_id = ?", body.kioskId());
        if (desk.isEmpty()) {
            return Optional.empty();
        }
        for (Authorisation authorisation : body.authorisations()) {
            if (!column(connection, "SELECT hospital_id FROM staff_member WHERE key_fingerprint = ?",
                    authorisation.key()).equals(desk)) {
                return Optional.empty();
            }
        }
        return desk;
    }

    private static Optional<String> column(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        }
    }
}
