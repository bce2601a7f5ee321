package org.huzhu.kiosk.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.huzhu.protocol.policy.OfflinePolicy;

/**
 * What the kiosk may rely on from the server's last snapshot (table {@code snapshot_state}): when it was taken, which
 * of this kiosk's transactions it already includes, and the limits in force. Before any snapshot: nothing is covered
 * and the protocol's default limits apply, so spending needs a connection (the offline policy says so).
 *
 * @param coversSequence journal sequences up to this are in the snapshot's balances and slot counts
 * @param overdraftMinutes how far below zero a balance may go (hard limit)
 * @param softLimitMinutes a balance below this is allowed but flagged
 */
record Standing(Optional<Instant> snapshotAt, long coversSequence, long overdraftMinutes, long softLimitMinutes,
        OfflinePolicy offlinePolicy) {

    static final Standing NO_SNAPSHOT = new Standing(Optional.empty(), 0, 0, 0, OfflinePolicy.DEFAULT);

    static Standing read(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT generated_at, covers_sequence, overdraft_minutes, soft_limit_minutes, offline_limit_minutes,
                       max_offline_age_minutes
                FROM snapshot_state WHERE id = 1""");
                ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return NO_SNAPSHOT;
            }
            return new Standing(Optional.of(Instant.parse(row.getString(1))), row.getLong(2), row.getLong(3),
                    row.getLong(4), new OfflinePolicy(row.getInt(5), Duration.ofMinutes(row.getLong(6))));
        }
    }

    /** Whether a balance may end at {@code minutes}. */
    boolean allows(long minutes) {
        return minutes >= -overdraftMinutes;
    }

    boolean belowSoftLimit(long minutes) {
        return minutes < softLimitMinutes;
    }
}
