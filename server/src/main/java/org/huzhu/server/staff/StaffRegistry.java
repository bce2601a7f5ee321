package org.huzhu.server.staff;

import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.crypto.StaffKeys;

/**
 * The {@code staff_member} and {@code staff_event} tables: who may authorise staff actions, and every change of that,
 * kept for good. Works inside the caller's transaction. Stateless.
 */
public final class StaffRegistry {

    /** The events of {@code staff_event}, by their stored names. */
    public enum Change {
        ADDED("added", StaffStatus.ACTIVE),
        SUSPENDED("suspended", StaffStatus.SUSPENDED),
        REINSTATED("reinstated", StaffStatus.ACTIVE),
        REVOKED("revoked", StaffStatus.REVOKED);

        private final String storedName;
        private final StaffStatus after;

        Change(String storedName, StaffStatus after) {
            this.storedName = storedName;
            this.after = after;
        }
    }

    private StaffRegistry() {
    }

    /** The id a staff member gets: derived from the key, like a kiosk's, so the two cannot drift apart. */
    public static String staffIdOf(String keyFingerprint) {
        return "ST-" + keyFingerprint.substring(0, 16);
    }

    /**
     * Registers a staff member with their card's key, active from {@code at}.
     *
     * @param certificate the DER certificate as given, or empty when only the key was
     * @throws StaffRegistryException the key is registered already
     */
    public static StaffMember add(Connection connection, String name, Set<StaffRole> roles, String community,
            PublicKey key, byte[] certificate, Instant at, String byWhom) throws SQLException, StaffRegistryException {
        return add(connection, name, roles, community, key, certificate, Optional.empty(), at, byWhom);
    }

    /**
     * As {@link #add(Connection, String, Set, String, PublicKey, byte[], Instant, String)}, for a hospital-desk staff
     * member with the hospital they work for. The caller ({@code staff add --hospital}) has checked that it is a
     * registered hospital and that the roles include hospital-desk.
     */
    public static StaffMember add(Connection connection, String name, Set<StaffRole> roles, String community,
            PublicKey key, byte[] certificate, Optional<String> hospitalId, Instant at, String byWhom)
            throws SQLException, StaffRegistryException {
        String fingerprint = StaffKeys.fingerprint(key);
        Optional<StaffMember> existing = byKey(connection, fingerprint);
        if (existing.isPresent()) {
            throw new StaffRegistryException("this card's key is registered already, for " + existing.get().staffId()
                    + " (" + existing.get().name() + ")");
        }
        StaffMember member = new StaffMember(staffIdOf(fingerprint), name, roles, community, fingerprint, key,
                StaffStatus.ACTIVE, at, hospitalId);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO staff_member (staff_id, name, roles, community, key_fingerprint, public_key, certificate,
                    status, added_at_ms, hospital_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, member.staffId());
            insert.setString(2, name);
            insert.setString(3, roles.stream().map(StaffRole::wireName).sorted().collect(Collectors.joining(",")));
            insert.setString(4, community);
            insert.setString(5, fingerprint);
            insert.setString(6, Base64.getEncoder().encodeToString(key.getEncoded()));
            insert.setString(7, Base64.getEncoder().encodeToString(certificate));
            insert.setString(8, StaffStatus.ACTIVE.storedName());
            insert.setLong(9, at.toEpochMilli());
            insert.setString(10, hospitalId.orElse(null));
            insert.executeUpdate();
        }
        recordEvent(connection, member.staffId(), Change.ADDED, at, byWhom, "");
        return member;
    }

    /**
     * Suspends, reinstates or revokes a staff member from {@code at} on, with who did it and why.
     *
     * @return the member after the change; empty if there is no such staff member
     * @throws StaffRegistryException the change does not apply (revoked is final; suspending twice; …)
     */
    public static Optional<StaffMember> change(Connection connection, String staffId, Change change, Instant at,
            String byWhom, String reason) throws SQLException, StaffRegistryException {
        if (change == Change.ADDED) {
            throw new IllegalArgumentException("staff are added with add()");
        }
        Optional<StaffMember> found = byId(connection, staffId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StaffStatus now = found.get().status();
        if (now == StaffStatus.REVOKED) {
            throw new StaffRegistryException(staffId + " is revoked; a revoked staff card is never valid again");
        }
        if (now == change.after) {
            throw new StaffRegistryException(staffId + " is " + now.storedName() + " already");
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE staff_member SET status = ? WHERE staff_id = ?")) {
            update.setString(1, change.after.storedName());
            update.setString(2, staffId);
            update.executeUpdate();
        }
        recordEvent(connection, staffId, change, at, byWhom, reason);
        return byId(connection, staffId);
    }

    /**
     * What judging an authorisation needs of the registry, in one query: who holds the key, their community and
     * roles, and whether they were active at {@code at}: their last change at or before then was being added or
     * reinstated (before they were added they were not); and, for a hospital desk, the hospital they work for.
     */
    public record Standing(String staffId, Set<StaffRole> roles, String community, Instant addedAt,
            boolean activeAt, Optional<String> hospitalId) {
    }

    public static Optional<Standing> standingAt(Connection connection, String keyFingerprint, Instant at)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT m.staff_id, m.roles, m.community, m.added_at_ms,
                    (SELECT e.kind FROM staff_event e WHERE e.staff_id = m.staff_id AND e.at_ms <= ?
                     ORDER BY e.seq DESC LIMIT 1), m.hospital_id
                FROM staff_member m WHERE m.key_fingerprint = ?""")) {
            query.setLong(1, at.toEpochMilli());
            query.setString(2, keyFingerprint);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String last = row.getString(5);
                return Optional.of(new Standing(row.getString(1), roles(row.getString(2)), row.getString(3),
                        Instant.ofEpochMilli(row.getLong(4)), Change.ADDED.storedName.equals(last)
                        || Change.REINSTATED.storedName.equals(last), Optional.ofNullable(row.getString(6))));
            }
        }
    }

    /** The key of a registered staff card, decoded; empty if nobody registered it. */
    public static Optional<PublicKey> key(Connection connection, String keyFingerprint) throws SQLException {
        return byKey(connection, keyFingerprint).map(StaffMember::publicKey);
    }

    public static Optional<StaffMember> byKey(Connection connection, String keyFingerprint) throws SQLException {
        return one(connection, "key_fingerprint", keyFingerprint);
    }

    public static Optional<StaffMember> byId(Connection connection, String staffId) throws SQLException {
        return one(connection, "staff_id", staffId);
    }

    /** Everyone ever registered, in the order they were added. */
    public static List<StaffMember> list(Connection connection) throws SQLException {
        List<StaffMember> members = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SELECT + " ORDER BY added_at_ms, staff_id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                members.add(member(rows));
            }
        }
        return members;
    }

    /** One audited change, as {@code staff list --history} shows it. */
    public record Event(String staffId, String kind, Instant at, String byWhom, String reason) {
    }

    public static List<Event> history(Connection connection, String staffId) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT kind, at_ms, by_whom, reason FROM staff_event WHERE staff_id = ? ORDER BY seq")) {
            query.setString(1, staffId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(new Event(staffId, rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)),
                            rows.getString(3), rows.getString(4)));
                }
            }
        }
        return events;
    }

    private static final String SELECT = """
            SELECT staff_id, name, roles, community, key_fingerprint, public_key, status, added_at_ms, hospital_id
            FROM staff_member""";

    private static Optional<StaffMember> one(Connection connection, String column, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE " + column + " = ?")) {
            query.setString(1, value);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(member(row)) : Optional.empty();
            }
        }
    }

    private static Set<StaffRole> roles(String stored) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        Arrays.stream(stored.split(",")).map(StaffRole::fromWireName).flatMap(Optional::stream).forEach(roles::add);
        return roles;
    }

    private static StaffMember member(ResultSet row) throws SQLException {
        Set<StaffRole> roles = roles(row.getString(3));
        PublicKey key;
        try {
            key = StaffKeys.decode(Base64.getDecoder().decode(row.getString(6)));
        } catch (InvalidKeySpecException e) {
            throw new SQLException("staff " + row.getString(1) + " has an unreadable key in the database", e);
        }
        return new StaffMember(row.getString(1), row.getString(2), roles, row.getString(4), row.getString(5), key,
                StaffStatus.fromStoredName(row.getString(7)).orElseThrow(
                        () -> new SQLException("unknown staff status in the database")),
                Instant.ofEpochMilli(row.getLong(8)), Optional.ofNullable(row.getString(9)));
    }

    private static void recordEvent(Connection connection, String staffId, Change change, Instant at, String byWhom,
            String reason) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO staff_event (staff_id, seq, kind, at_ms, by_whom, reason)
                VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM staff_event WHERE staff_id = ?), ?, ?, ?, ?)""")) {
            insert.setString(1, staffId);
            insert.setString(2, staffId);
            insert.setString(3, change.storedName);
            insert.setLong(4, at.toEpochMilli());
            insert.setString(5, byWhom);
            insert.setString(6, reason);
            insert.executeUpdate();
        }
    }
}
