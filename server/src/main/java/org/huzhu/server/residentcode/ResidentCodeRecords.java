package org.huzhu.server.residentcode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.protocol.counter.ResidentCodeState;
import org.huzhu.protocol.residentcode.ResidentCode;
import org.huzhu.protocol.residentcode.ResidentCodePurpose;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.server.store.Versions;

/**
 * The {@code resident_code} table (server V15): which codes the counter issued, for whom, by whom, until when, and
 * which were revoked. Never the code's text or signature. Stateless; works inside the caller's transaction.
 */
public final class ResidentCodeRecords {

    private static final String COLUMNS = """
            code_id, resident_id, purpose, issued_at_ms, expires_at_ms, issued_by, revoked_at_ms""";

    private ResidentCodeRecords() {
    }

    /**
     * A code as the rules need it.
     *
     * @param revokedAt empty while the code is not revoked
     */
    public record Stored(String codeId, String residentId, Instant expiresAt, Optional<Instant> revokedAt) {

        /** Whether a transaction created at {@code at} may act under this code (docs/protocol.md §13.4). */
        public Optional<String> refusalAt(Instant at) {
            if (revokedAt.isPresent() && !at.isBefore(revokedAt.get())) {
                return Optional.of(ResidentCodeRules.RESIDENT_CODE_REVOKED);
            }
            if (!at.isBefore(expiresAt.plus(ResidentCodeRules.CLOCK_SKEW))) {
                return Optional.of(ResidentCodeRules.RESIDENT_CODE_EXPIRED);
            }
            return Optional.empty();
        }
    }

    public static void insert(Connection connection, ResidentCode code, ResidentCodePurpose purpose, String actorHash,
            String staffId, String kioskId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO resident_code (code_id, resident_id, actor_hash, purpose, issued_at_ms, expires_at_ms,
                                           issued_by, issued_kiosk, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, code.codeId().toString());
            insert.setString(2, code.residentId().toString());
            insert.setString(3, actorHash);
            insert.setString(4, purpose.wireName());
            insert.setLong(5, code.issuedAt().toEpochMilli());
            insert.setLong(6, code.expiresAt().toEpochMilli());
            insert.setString(7, staffId);
            insert.setString(8, kioskId);
            insert.setLong(9, Versions.current(connection)); // kiosks learn a code only when it is revoked
            insert.executeUpdate();
        }
    }

    /** The code whose actor pseudonym is {@code actorHash}, if the counter issued one. */
    public static Optional<Stored> byActor(Connection connection, String actorHash) throws SQLException {
        return one(connection, "actor_hash", actorHash);
    }

    public static Optional<Stored> byId(Connection connection, String codeId) throws SQLException {
        return one(connection, "code_id", codeId);
    }

    private static Optional<Stored> one(Connection connection, String column, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT code_id, resident_id, expires_at_ms, revoked_at_ms FROM resident_code WHERE " + column
                        + " = ?")) {
            query.setString(1, value);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long revoked = row.getLong(4);
                Optional<Instant> revokedAt = row.wasNull() ? Optional.empty()
                        : Optional.of(Instant.ofEpochMilli(revoked));
                return Optional.of(new Stored(row.getString(1), row.getString(2),
                        Instant.ofEpochMilli(row.getLong(3)), revokedAt));
            }
        }
    }

    /**
     * Revokes a code that is not revoked yet, with a new snapshot version so that every kiosk hears of it.
     *
     * @return false if it was revoked already (nothing changes)
     */
    public static boolean revoke(Connection connection, String codeId, Instant at, String staffId, String reason)
            throws SQLException {
        long version = Versions.next(connection);
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE resident_code SET revoked_at_ms = ?, revoked_by = ?, revoke_reason = ?, version = ?
                WHERE code_id = ? AND revoked_at_ms IS NULL""")) {
            update.setLong(1, at.toEpochMilli());
            update.setString(2, staffId);
            update.setString(3, reason);
            update.setLong(4, version);
            update.setString(5, codeId);
            return update.executeUpdate() == 1;
        }
    }

    /** A resident's codes, the newest first, with their status at {@code now}. */
    public static List<ResidentCodeState> ofResident(Connection connection, String residentId, Instant now)
            throws SQLException {
        return states(connection, "SELECT " + COLUMNS
                + " FROM resident_code WHERE resident_id = ? ORDER BY issued_at_ms DESC, code_id", residentId, now);
    }

    public static Optional<ResidentCodeState> state(Connection connection, String codeId, Instant now)
            throws SQLException {
        return states(connection, "SELECT " + COLUMNS + " FROM resident_code WHERE code_id = ?", codeId, now)
                .stream().findFirst();
    }

    private static List<ResidentCodeState> states(Connection connection, String sql, String parameter, Instant now)
            throws SQLException {
        List<ResidentCodeState> states = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Instant expiresAt = Instant.ofEpochMilli(row.getLong(5));
                    long revoked = row.getLong(7);
                    Instant revokedAt = row.wasNull() ? null : Instant.ofEpochMilli(revoked);
                    String status = revokedAt != null ? "revoked" : now.isBefore(expiresAt) ? "active" : "expired";
                    states.add(new ResidentCodeState(row.getString(1), row.getString(2), row.getString(3),
                            Instant.ofEpochMilli(row.getLong(4)), expiresAt, row.getString(6), revokedAt, status));
                }
            }
        }
        return states;
    }

    /** The snapshot's {@code revokedResidentCodes}: codes revoked after version {@code since}. */
    public static List<Snapshot.RevokedResidentCode> revokedSince(Connection connection, long since)
            throws SQLException {
        List<Snapshot.RevokedResidentCode> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT code_id, resident_id, revoked_at_ms, expires_at_ms, version FROM resident_code
                WHERE version > ? AND revoked_at_ms IS NOT NULL ORDER BY version, code_id""")) {
            query.setLong(1, since);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new Snapshot.RevokedResidentCode(row.getString(1), row.getString(2),
                            Instant.ofEpochMilli(row.getLong(3)), Instant.ofEpochMilli(row.getLong(4)),
                            row.getLong(5)));
                }
            }
        }
        return rows;
    }
}
