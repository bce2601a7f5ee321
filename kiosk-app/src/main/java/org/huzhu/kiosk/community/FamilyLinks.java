package org.huzhu.kiosk.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.protocol.authority.FamilyRight;

/**
 * The kiosk's family links (kiosk V4, V9): one row per direction, {@code (resident_id, member_id)} saying whether the
 * link is active and what {@code member_id} may do for {@code resident_id}. The snapshot writes them; the counter
 * writes the links and rights it records at once, so they work at that station before the next snapshot. Every method
 * works inside the caller's transaction. Stateless.
 */
public final class FamilyLinks {

    private FamilyLinks() {
    }

    /** Whether {@code one} and {@code other} are linked now. */
    public static boolean active(Connection connection, UUID one, UUID other) throws SQLException {
        return rights(connection, one, other).isPresent();
    }

    /** What {@code member} may do for {@code resident}; empty when they are not linked now. */
    public static Optional<FamilyRights> rights(Connection connection, UUID resident, UUID member)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT may_book, may_redeem, may_receive FROM family_link
                WHERE resident_id = ? AND member_id = ? AND active = 1""")) {
            query.setString(1, resident.toString());
            query.setString(2, member.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new FamilyRights(row.getInt(1) == 1, row.getInt(2) == 1,
                        row.getInt(3) == 1)) : Optional.empty();
            }
        }
    }

    /** Whether {@code member} holds {@code right} for {@code resident} over an active link. */
    public static boolean grants(Connection connection, UUID member, UUID resident, FamilyRight right)
            throws SQLException {
        return rights(connection, resident, member).filter(rights -> rights.holds(right)).isPresent();
    }

    /**
     * The residents actively linked to {@code resident}, by name; with a right, only those for whom it holds the way
     * {@code towards} says.
     */
    static List<FamilyMember> members(Connection connection, UUID resident, Optional<Towards> towards)
            throws SQLException {
        // member_id's row for resident: what the member may do for the resident; the reverse row: the other way.
        // Column names come from the enum, never from input.
        String rights = towards.map(way -> way.memberActs
                ? " AND f.may_" + way.right.key() + " = 1"
                : " AND EXISTS (SELECT 1 FROM family_link g WHERE g.resident_id = f.member_id"
                        + " AND g.member_id = f.resident_id AND g.active = 1 AND g.may_" + way.right.key() + " = 1)")
                .orElse("");
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT f.member_id, r.display_name FROM family_link f JOIN resident r ON r.id = f.member_id
                WHERE f.resident_id = ? AND f.active = 1""" + rights + " ORDER BY r.display_name")) {
            query.setString(1, resident.toString());
            List<FamilyMember> members = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    members.add(new FamilyMember(UUID.fromString(rows.getString(1)), rows.getString(2)));
                }
            }
            return members;
        }
    }

    /**
     * Which way a right must hold for {@link #members}: {@code memberActs}, the member holds it for the resident
     * (receives from them); otherwise the resident holds it for the member (books for them).
     */
    record Towards(FamilyRight right, boolean memberActs) {
    }

    /** Links the two both ways, active, with every right (a link made again after an unlink starts afresh). */
    public static void link(Connection connection, UUID one, UUID other) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO family_link (resident_id, member_id, active, may_book, may_redeem, may_receive)
                VALUES (?, ?, 1, 1, 1, 1), (?, ?, 1, 1, 1, 1)
                ON CONFLICT (resident_id, member_id) DO UPDATE SET active = 1, may_book = 1, may_redeem = 1,
                    may_receive = 1""")) {
            bothDirections(upsert, one, other);
            upsert.executeUpdate();
        }
    }

    /** Ends the link both ways; the rows stay, inactive, as the snapshot keeps them. */
    public static void unlink(Connection connection, UUID one, UUID other) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE family_link SET active = 0
                WHERE resident_id = ? AND member_id = ? OR resident_id = ? AND member_id = ?""")) {
            bothDirections(update, one, other);
            update.executeUpdate();
        }
    }

    /** Sets what {@code member} may do for {@code resident}; one direction. */
    public static void setRights(Connection connection, UUID resident, UUID member, FamilyRights rights)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE family_link SET may_book = ?, may_redeem = ?, may_receive = ?
                WHERE resident_id = ? AND member_id = ?""")) {
            update.setInt(1, rights.mayBook() ? 1 : 0);
            update.setInt(2, rights.mayRedeem() ? 1 : 0);
            update.setInt(3, rights.mayReceive() ? 1 : 0);
            update.setString(4, resident.toString());
            update.setString(5, member.toString());
            update.executeUpdate();
        }
    }

    /** Sets parameters 1..4 to the pair both ways round: one, other, other, one. */
    private static void bothDirections(PreparedStatement statement, UUID one, UUID other) throws SQLException {
        statement.setString(1, one.toString());
        statement.setString(2, other.toString());
        statement.setString(3, other.toString());
        statement.setString(4, one.toString());
    }
}
