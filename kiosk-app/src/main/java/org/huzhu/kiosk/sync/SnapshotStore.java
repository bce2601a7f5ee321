package org.huzhu.kiosk.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.policy.OfflinePolicy;
import org.huzhu.protocol.policy.SecondFactorPolicy;
import org.huzhu.protocol.sync.Snapshot;

/**
 * The kiosk's copy of the server's snapshot (tables marked "snapshot" in {@code V4__community.sql}): applies a
 * snapshot in one SQLite transaction and reads back its state. Only the sync client applies; anyone may read.
 * Blocking (disk): call from a worker thread. Thread-safe.
 */
public final class SnapshotStore implements SnapshotStateReader {

    private final Database database;

    public SnapshotStore(Database database) {
        this.database = database;
    }

    @Override
    public SnapshotState read() throws StorageException {
        return database.inTransaction(SnapshotStore::read);
    }

    /**
     * The state inside the caller's transaction: how the domain reads it while the journal writes, so a check and the
     * write it allows see the same snapshot.
     */
    public static SnapshotState read(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT version, generated_at, covers_sequence, overdraft_minutes, soft_limit_minutes,
                       offline_limit_minutes, max_offline_age_minutes, applied_at, second_factor_minutes
                FROM snapshot_state WHERE id = 1""");
                ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return SnapshotState.NONE;
            }
            return new SnapshotState(row.getLong(1), Optional.of(Instant.parse(row.getString(2))),
                    new OfflinePolicy(row.getInt(6), Duration.ofMinutes(row.getLong(7))), row.getLong(4),
                    row.getLong(5), row.getLong(3), Optional.of(Instant.parse(row.getString(8))),
                    new SecondFactorPolicy(row.getInt(9)));
        }
    }

    /**
     * Applies {@code snapshot} (rows by key; a later version replaces an earlier one; nothing is deleted) and records
     * its state, all in one transaction: a failure leaves the previous snapshot whole. {@code coversSequence} is read
     * in the same transaction, so it matches the outbox as it is when the snapshot becomes the kiosk's.
     */
    SnapshotState apply(Snapshot snapshot, Instant appliedAt) throws StorageException {
        database.inTransaction(connection -> {
            SnapshotRows.apply(connection, snapshot, appliedAt);
            writeState(connection, snapshot, appliedAt);
            return null;
        });
        return read();
    }

    private static void writeState(Connection connection, Snapshot snapshot, Instant appliedAt) throws SQLException {
        Snapshot.Limits limits = snapshot.limits();
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO snapshot_state (id, version, generated_at, covers_sequence, overdraft_minutes,
                    soft_limit_minutes, offline_limit_minutes, max_offline_age_minutes, applied_at,
                    second_factor_minutes)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET version = excluded.version, generated_at = excluded.generated_at,
                    covers_sequence = excluded.covers_sequence, overdraft_minutes = excluded.overdraft_minutes,
                    soft_limit_minutes = excluded.soft_limit_minutes,
                    offline_limit_minutes = excluded.offline_limit_minutes,
                    max_offline_age_minutes = excluded.max_offline_age_minutes, applied_at = excluded.applied_at,
                    second_factor_minutes = excluded.second_factor_minutes""")) {
            upsert.setLong(1, snapshot.version());
            upsert.setString(2, snapshot.generatedAt().toString());
            upsert.setLong(3, coversSequence(connection));
            upsert.setLong(4, limits.overdraftMinutes());
            upsert.setLong(5, limits.softLimitMinutes());
            upsert.setInt(6, limits.offlineLimitMinutes());
            upsert.setLong(7, limits.maxOfflineAgeMinutes());
            upsert.setString(8, appliedAt.toString());
            upsert.setInt(9, limits.secondFactorMinutes());
            upsert.executeUpdate();
        }
    }

    /** The highest S such that every outbox row up to S is accepted or rejected (0 if the first is not). */
    private static long coversSequence(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT COALESCE((SELECT MIN(sequence) - 1 FROM outbox WHERE state IN ('pending', 'sent')),
                                (SELECT MAX(sequence) FROM outbox), 0)""");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
