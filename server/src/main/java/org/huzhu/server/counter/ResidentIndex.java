package org.huzhu.server.counter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * {@code counter_resident} and {@code counter_search_key}: a resident's member number, name and search keys, kept as
 * enrolments and profiles are accepted. Stateless; works inside the caller's transaction.
 */
final class ResidentIndex {

    private ResidentIndex() {
    }

    /**
     * An accepted {@code resident.enrolled}: the first gives the next member number, in the order enrolments are
     * accepted; a later one (a new card, a corrected name) keeps it and renews the name and its initials. The number
     * comes from the counter row, which the database locks until this transaction ends, so two transactions never
     * take the same number and a rolled-back one leaves no gap.
     */
    static void enrolled(Connection connection, UUID residentId, String displayName, Instant createdAt)
            throws SQLException {
        String id = residentId.toString();
        if (exists(connection, id)) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE counter_resident SET display_name = ?, name_folded = ? WHERE resident_id = ?")) {
                update.setString(1, displayName);
                update.setString(2, folded(displayName));
                update.setString(3, id);
                update.executeUpdate();
            }
        } else {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO counter_resident (resident_id, member_number, display_name, name_folded,
                        enrolled_at_ms, last_exchange_ms)
                    VALUES (?, ?, ?, ?, ?,
                        (SELECT MAX(x.created_at_ms) FROM counter_exchange x WHERE x.resident_id = ?))""")) {
                insert.setString(1, id);
                insert.setLong(2, nextMemberNumber(connection));
                insert.setString(3, displayName);
                insert.setString(4, folded(displayName));
                insert.setLong(5, createdAt.toEpochMilli());
                insert.setString(6, id); // minutes may have been credited before the enrolment reached the server
                insert.executeUpdate();
            }
        }
        replaceKeys(connection, id, SearchKeys.INITIALS, SearchKeys.ofName(displayName));
    }

    /**
     * An accepted {@code resident.profile-set}: the phone's search keys follow the resident's profile as it is now
     * (V5 {@code resident_profile}, which keeps the latest), whichever profile this was.
     */
    static void profileSet(Connection connection, UUID residentId) throws SQLException {
        String id = residentId.toString();
        String digits = "";
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT phone_digits FROM resident_profile WHERE resident_id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    digits = row.getString(1);
                }
            }
        }
        replaceKeys(connection, id, SearchKeys.PHONE, SearchKeys.ofPhone(digits));
    }

    /** Lower case without regard to the server's locale (a Turkish locale would fold I to ı). */
    static String folded(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static boolean exists(Connection connection, String residentId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM counter_resident WHERE resident_id = ?")) {
            query.setString(1, residentId);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static long nextMemberNumber(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE counter_state SET next_member = next_member + 1 WHERE id = 1 RETURNING next_member - 1");
             ResultSet row = update.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("counter_state has no row: the schema was not migrated");
            }
            return row.getLong(1);
        }
    }

    private static void replaceKeys(Connection connection, String residentId, String kind, Set<String> keys)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM counter_search_key WHERE resident_id = ? AND SUBSTR(search_key, 1, 2) = ?")) {
            delete.setString(1, residentId);
            delete.setString(2, kind);
            delete.executeUpdate();
        }
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO counter_search_key (search_key, resident_id) VALUES (?, ?)")) {
            for (String key : keys) {
                insert.setString(1, key);
                insert.setString(2, residentId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
