package org.huzhu.server.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.server.residentcode.ResidentCodeRecords;
import org.huzhu.server.store.Versions;

/**
 * Reads "what changed since version V" for a kiosk and remembers when each kiosk was given a snapshot, which is what
 * the offline policy counts from. Stateless; works inside the caller's transaction.
 */
public final class Snapshots {

    private static final String RESIDENT_PREFIX = "resident:";

    private Snapshots() {
    }

    /** One row of a result set as a snapshot record. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Everything with a version above {@code since}, up to the current version. */
    public static Snapshot read(Connection connection, long since, Snapshot.Limits limits, Instant generatedAt)
            throws SQLException {
        long version = Versions.current(connection);
        List<Snapshot.Service> services = changed(connection, since, """
                SELECT code, name_zh, name_en, provider_zh, provider_en, place_zh, place_en, cost_minutes, cost_fen,
                       active, version
                FROM service WHERE version > ? ORDER BY code""",
                row -> new Snapshot.Service(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getInt(8), row.getLong(9),
                        row.getInt(10) == 1, row.getLong(11)));
        List<Snapshot.Slot> slots = changed(connection, since, """
                SELECT slot_id, service_code, starts_at, capacity, booked, version FROM slot
                WHERE version > ? ORDER BY starts_at, slot_id""",
                row -> new Snapshot.Slot(row.getString(1), row.getString(2), Instant.parse(row.getString(3)),
                        row.getInt(4), row.getInt(5), row.getLong(6)));
        List<Snapshot.Resident> residents = changed(connection, since, """
                SELECT r.resident_id, r.card_hash, r.display_name, r.version, r.card_serial_hash, r.closed_at_ms,
                       p.language
                FROM resident r LEFT JOIN resident_profile p ON p.resident_id = r.resident_id
                WHERE r.version > ? ORDER BY r.resident_id""",
                row -> new Snapshot.Resident(row.getString(1), row.getString(2), row.getString(3), row.getLong(4),
                        row.getString(5), closedAt(row), row.getString(7)));
        List<Snapshot.Balance> balances = changed(connection, since, """
                SELECT account_id, balance, version FROM account
                WHERE version > ? AND account_id LIKE 'resident:%' ORDER BY account_id""",
                row -> new Snapshot.Balance(row.getString(1).substring(RESIDENT_PREFIX.length()), row.getLong(2),
                        row.getLong(3)));
        List<Snapshot.FamilyLink> familyLinks = changed(connection, since, """
                SELECT resident_id, member_id, version, ended_by, member_may_book, member_may_redeem,
                       member_may_receive, resident_may_book, resident_may_redeem, resident_may_receive
                FROM family_link WHERE version > ? ORDER BY resident_id, member_id""",
                row -> new Snapshot.FamilyLink(row.getString(1), row.getString(2), row.getLong(3),
                        row.getString(4) == null, new Snapshot.FamilyRights(row.getInt(5) == 1, row.getInt(6) == 1,
                                row.getInt(7) == 1),
                        new Snapshot.FamilyRights(row.getInt(8) == 1, row.getInt(9) == 1, row.getInt(10) == 1)));
        List<Snapshot.VolunteerTask> volunteerTasks = changed(connection, since, """
                SELECT task_id, title_zh, title_en, place_zh, place_en, starts_at, minutes, active, version
                FROM volunteer_task WHERE version > ? ORDER BY starts_at, task_id""",
                row -> new Snapshot.VolunteerTask(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), Instant.parse(row.getString(6)), row.getInt(7),
                        row.getInt(8) == 1, row.getLong(9)));
        List<Snapshot.ConfirmedTask> confirmedTasks = changed(connection, since, """
                SELECT c.task_id, c.volunteer_id, c.minutes, t.created_at_ms, c.version
                FROM confirmed_task c JOIN transaction_record t ON t.transaction_id = c.transaction_id
                WHERE c.version > ? ORDER BY c.task_id, c.volunteer_id""",
                row -> new Snapshot.ConfirmedTask(row.getString(1), row.getString(2), row.getInt(3),
                        Instant.ofEpochMilli(row.getLong(4)), row.getLong(5)));
        // residents' voice and the centre's notices (issue 12 part 7)
        List<Snapshot.Notice> notices = changed(connection, since, """
                SELECT notice_id, text_zh, text_en, from_date, until_date, active, posted_at_ms, version
                FROM notice WHERE version > ? ORDER BY notice_id""",
                row -> new Snapshot.Notice(row.getString(1), row.getString(2), row.getString(3),
                        LocalDate.parse(row.getString(4)), LocalDate.parse(row.getString(5)), row.getInt(6) == 1,
                        Instant.ofEpochMilli(row.getLong(7)), row.getLong(8)));
        List<Snapshot.ServiceRating> serviceRatings = changed(connection, since, """
                SELECT service_code, ratings, stars_total, version FROM service_rating_total
                WHERE version > ? ORDER BY service_code""",
                row -> new Snapshot.ServiceRating(row.getString(1), row.getInt(2), row.getLong(3), row.getLong(4)));
        List<Snapshot.Correction> corrections = changed(connection, since, """
                SELECT transaction_id, resident_id, minutes, corrected_type, reason, created_at_ms, version
                FROM correction WHERE version > ? ORDER BY version, transaction_id, resident_id""",
                row -> new Snapshot.Correction(row.getString(1), row.getString(2), row.getLong(3), row.getString(4),
                        row.getString(5), Instant.ofEpochMilli(row.getLong(6)), row.getLong(7)));
        return new Snapshot(since, version, generatedAt, limits, services, slots, residents, balances, familyLinks,
                volunteerTasks, confirmedTasks, notices, serviceRatings, corrections,
                AidSnapshot.changedSince(connection, since), // issue 13 part 6
                ResidentCodeRecords.revokedSince(connection, since)); // issue 14 part 6
    }

    /** When the resident's account was closed (column 6), {@code null} while it is open. */
    private static Instant closedAt(ResultSet row) throws SQLException {
        long ms = row.getLong(6);
        return row.wasNull() ? null : Instant.ofEpochMilli(ms);
    }

    /** The rows {@code sql} selects with its one parameter, the version to list changes after. */
    private static <T> List<T> changed(Connection connection, long since, String sql, RowReader<T> reader)
            throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, since);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
        }
        return rows;
    }

    public static void recordServed(Connection connection, String kioskId, Instant servedAt, long version)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO snapshot_served (kiosk_id, served_at_ms, version) VALUES (?, ?, ?)
                ON CONFLICT (kiosk_id, served_at_ms) DO NOTHING""")) {
            insert.setString(1, kioskId);
            insert.setLong(2, servedAt.toEpochMilli());
            insert.setLong(3, version);
            insert.executeUpdate();
        }
    }

    /** The last time {@code kioskId} was given a snapshot at or before {@code at}. */
    public static Optional<Instant> lastServed(Connection connection, String kioskId, Instant at)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT MAX(served_at_ms) FROM snapshot_served WHERE kiosk_id = ? AND served_at_ms <= ?")) {
            query.setString(1, kioskId);
            query.setLong(2, at.toEpochMilli());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long millis = row.getLong(1);
                return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
            }
        }
    }
}
