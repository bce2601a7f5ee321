package org.huzhu.kiosk.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.huzhu.kiosk.sync.SnapshotState;
import org.huzhu.kiosk.sync.SnapshotStore;
import org.huzhu.protocol.policy.OfflineDecision;
import org.huzhu.protocol.policy.OfflineSpend;

/**
 * Residents' time-bank minutes as this kiosk knows them: the snapshot's authoritative balance plus what was recorded
 * here since (table {@code time_entry}), minus what the server rejected. The spending rules live here once, for
 * redeeming and transferring alike, online and offline. Works inside the caller's transaction.
 */
final class TimeAccounts {

    private TimeAccounts() {
    }

    static long balance(Connection connection, UUID resident, SnapshotState standing) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT COALESCE((SELECT minutes FROM balance WHERE resident_id = ?1), 0)
                     + COALESCE((SELECT SUM(t.minutes) FROM time_entry t JOIN outbox o ON o.sequence = t.sequence
                                 WHERE t.resident_id = ?1 AND t.sequence > ?2 AND o.state <> 'rejected'), 0)""")) {
            query.setString(1, resident.toString());
            query.setLong(2, standing.coversSequence());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * Throws a {@link RefusedChange} unless {@code resident} may spend {@code minutes} now: the offline policy (as the
     * server will judge it again) and the hard limit.
     *
     * @return whether the balance ends below the soft limit (allowed, but worth telling the resident)
     */
    static boolean checkSpend(Connection connection, UUID resident, int minutes, Instant now, boolean staffOverride)
            throws SQLException {
        SnapshotState standing = SnapshotStore.read(connection);
        long spent = standing.generatedAt().isEmpty() ? 0 : spentSince(connection, resident, standing.generatedAt().get());
        OfflineDecision decision = standing.offlinePolicy().decide(
                new OfflineSpend(standing.generatedAt(), now, spent, minutes, staffOverride));
        if (decision instanceof OfflineDecision.NeedsConnectionOrStaff refused) {
            // Saying "the kiosk cannot reach the centre" would be untrue when only the limit stops it.
            throw new RefusedChange(refused.reason() == OfflineDecision.Reason.OFFLINE_LIMIT_EXCEEDED
                    ? Refusal.Reason.OVER_OFFLINE_LIMIT : Refusal.Reason.NEEDS_CONNECTION_OR_STAFF, decision.toString());
        }
        long after = balance(connection, resident, standing) - minutes;
        if (!standing.allows(after)) {
            throw new RefusedChange(Refusal.Reason.NOT_ENOUGH_MINUTES, "balance would be " + after);
        }
        return standing.belowSoftLimit(after);
    }

    /** Minutes this resident redeemed or gave away at this kiosk since {@code since}, not counting rejected ones. */
    private static long spentSince(Connection connection, UUID resident, Instant since) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT COALESCE(-SUM(t.minutes), 0) FROM time_entry t JOIN outbox o ON o.sequence = t.sequence
                WHERE t.resident_id = ? AND t.kind IN ('redeemed', 'transferred-out') AND t.created_at >= ?
                  AND o.state <> 'rejected'""")) {
            query.setString(1, resident.toString());
            query.setString(2, Times.sortable(since));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    static void addEntry(Connection connection, long sequence, UUID resident, int minutes, TimeEntry.Kind kind,
            UUID counterpart, UUID booking, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO time_entry (sequence, resident_id, minutes, kind, counterpart, booking_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, sequence);
            insert.setString(2, resident.toString());
            insert.setInt(3, minutes);
            insert.setString(4, kind.column());
            insert.setString(5, counterpart == null ? null : counterpart.toString());
            insert.setString(6, booking == null ? null : booking.toString());
            insert.setString(7, Times.sortable(at));
            insert.executeUpdate();
        }
    }
}
