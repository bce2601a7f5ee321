package org.huzhu.server.aid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.sync.SyncJson;

/** Aid applications recorded at the counter (ADR 0015). Stateless; works inside the caller's transaction. */
public final class AidApplications {

    /** An application as an order is checked against it. */
    public record Application(UUID applicationId, UUID residentId, String charityId, String hospitalId,
            String purpose, long amountFen, boolean approved) {
    }

    private AidApplications() {
    }

    public static Optional<Application> find(Connection connection, UUID applicationId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT resident_id, charity_id, hospital_id, purpose, amount_fen, status FROM aid_application
                WHERE application_id = ?""")) {
            query.setString(1, applicationId.toString());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Application(applicationId, UUID.fromString(row.getString(1)),
                        row.getString(2), row.getString(3), row.getString(4), row.getLong(5),
                        row.getString(6).equals("approved")));
            }
        }
    }

    /** Records an accepted {@code aid.applied}, and its first event. */
    public static void record(Connection connection, AidApplied applied, String transactionId, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO aid_application (application_id, resident_id, charity_id, hospital_id, purpose,
                    amount_fen, documents, transaction_id, applied_at_ms, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'applied')""")) {
            insert.setString(1, applied.applicationId().toString());
            insert.setString(2, applied.residentId().toString());
            insert.setString(3, applied.charityId());
            insert.setString(4, applied.hospitalId());
            insert.setString(5, applied.purpose());
            insert.setLong(6, applied.amountFen());
            insert.setString(7, json(applied.documents()));
            insert.setString(8, transactionId);
            insert.setLong(9, at.toEpochMilli());
            insert.executeUpdate();
        }
        AidEvents.append(connection, applied.applicationId(), new AidEvents.Event(AidEvents.Kind.APPLIED, null,
                applied.amountFen(), at, transactionId));
    }

    /** Whether the application's documents include one of this hash. */
    static boolean names(Connection connection, UUID applicationId, String sha256) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT documents FROM aid_application WHERE application_id = ?")) {
            query.setString(1, applicationId.toString());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
                for (JsonNode document : SyncJson.MAPPER.readTree(row.getString(1))) {
                    if (document.path("sha256").asText().equals(sha256)) {
                        return true;
                    }
                }
                return false;
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("an application's documents are not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** Marks the application approved, once: false if it already was. */
    static boolean approve(Connection connection, UUID applicationId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE aid_application SET status = 'approved' WHERE application_id = ? AND status = 'applied'")) {
            update.setString(1, applicationId.toString());
            return update.executeUpdate() == 1;
        }
    }

    static String json(Object value) {
        try {
            return SyncJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings and numbers always write as JSON", e);
        }
    }
}
