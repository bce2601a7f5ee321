package org.huzhu.server.face;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.server.store.Versions;

/**
 * The {@code face_template} table (V16): one row per resident who ever enrolled a face, the template sealed at rest,
 * or none once removed. Every change takes a new snapshot version. Stateless; works inside the caller's transaction.
 */
final class FaceTemplates {

    /** A row as stored: {@code box} empty once removed. */
    record Stored(UUID residentId, Optional<String> modelId, Optional<byte[]> box, long version) {
    }

    private FaceTemplates() {
    }

    static void put(Connection connection, UUID residentId, String modelId, byte[] box, String transactionId,
            Instant at) throws SQLException {
        write(connection, residentId, modelId, Base64.getEncoder().encodeToString(box), transactionId, at);
    }

    /** Deletes the template itself, keeping the tombstone kiosks learn from; false if there was none to delete. */
    static boolean remove(Connection connection, UUID residentId, String transactionId, Instant at)
            throws SQLException {
        if (!holdsTemplate(connection, residentId)) {
            return false;
        }
        write(connection, residentId, null, null, transactionId, at);
        return true;
    }

    static boolean holdsTemplate(Connection connection, UUID residentId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM face_template WHERE resident_id = ? AND template_box IS NOT NULL")) {
            query.setString(1, residentId.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Rows changed after {@code since}, in version order. */
    static List<Stored> changedSince(Connection connection, long since) throws SQLException {
        List<Stored> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT resident_id, model_id, template_box, version FROM face_template
                WHERE version > ? ORDER BY version""")) {
            query.setLong(1, since);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String box = row.getString(3);
                    rows.add(new Stored(UUID.fromString(row.getString(1)), Optional.ofNullable(row.getString(2)),
                            Optional.ofNullable(box).map(Base64.getDecoder()::decode), row.getLong(4)));
                }
            }
        }
        return rows;
    }

    private static void write(Connection connection, UUID residentId, String modelId, String box,
            String transactionId, Instant at) throws SQLException {
        long version = Versions.next(connection);
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO face_template (resident_id, model_id, template_box, transaction_id, changed_at, version)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (resident_id) DO UPDATE SET model_id = excluded.model_id,
                    template_box = excluded.template_box, transaction_id = excluded.transaction_id,
                    changed_at = excluded.changed_at, version = excluded.version""")) {
            upsert.setString(1, residentId.toString());
            upsert.setString(2, modelId);
            upsert.setString(3, box);
            upsert.setString(4, transactionId);
            upsert.setString(5, at.toString());
            upsert.setLong(6, version);
            upsert.executeUpdate();
        }
    }
}
