package org.huzhu.server.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.huzhu.protocol.authority.FamilyRight;
import org.huzhu.protocol.payload.FamilyPermissionsSet;
import org.huzhu.server.store.Queries;
import org.huzhu.server.store.Versions;

/**
 * Residents linked as family ({@code family.linked}, {@code family.unlinked}) and what each may do for the other
 * ({@code family.permissions-set}). A pair has one row, in the order it was first recorded, kept when the link ends
 * ({@code ended_by}) so its history stays; its rights are two directions of three columns. Every change takes the
 * next snapshot version, so kiosks learn it. Stateless; every method works inside the caller's transaction.
 */
public final class FamilyLinks {

    private static final String EITHER_ORDER = "(resident_id = ? AND member_id = ? OR resident_id = ? AND member_id = ?)";

    private FamilyLinks() {
    }

    /** Whether {@code one} and {@code other} are linked now, in either direction. */
    public static boolean linked(Connection connection, UUID one, UUID other) throws SQLException {
        return Queries.exists(connection, "SELECT 1 FROM family_link WHERE ended_by IS NULL AND " + EITHER_ORDER,
                pair(one, other));
    }

    /**
     * The SQL condition "the resident in {@code actorColumn} may do {@code right} for the resident of the two
     * placeholders" over an active link, for the authority query in {@link org.huzhu.server.catalogue.Catalogue},
     * which names the actor by a column. With {@code "?"} as the column it takes four: actor, resident, actor, resident.
     */
    public static String grants(FamilyRight right, String actorColumn) {
        String column = right.key(); // from the enum, never from input
        return "EXISTS (SELECT 1 FROM family_link f WHERE f.ended_by IS NULL"
                + " AND (f.member_id = " + actorColumn + " AND f.resident_id = ? AND f.member_may_" + column + " = 1"
                + " OR f.resident_id = " + actorColumn + " AND f.member_id = ? AND f.resident_may_" + column
                + " = 1))";
    }

    /** Whether {@code member} holds {@code right} for {@code resident} over an active link. */
    public static boolean grants(Connection connection, UUID member, UUID resident, FamilyRight right)
            throws SQLException {
        return Queries.exists(connection, "SELECT 1 WHERE " + grants(right, "?"),
                member.toString(), resident.toString(), member.toString(), resident.toString());
    }

    /**
     * Links two residents unless they already are (either way round): linking again changes nothing, not even the
     * version, so kiosks are not sent the same link twice. A pair whose link ended is linked again on its old row,
     * with all rights, as a new link has.
     */
    public static void link(Connection connection, UUID residentId, UUID memberId, String transactionId)
            throws SQLException {
        if (linked(connection, residentId, memberId)) {
            return;
        }
        long version = Versions.next(connection);
        try (PreparedStatement relink = connection.prepareStatement("""
                UPDATE family_link SET ended_by = NULL, transaction_id = ?, version = ?,
                    member_may_book = 1, member_may_redeem = 1, member_may_receive = 1,
                    resident_may_book = 1, resident_may_redeem = 1, resident_may_receive = 1
                WHERE """ + EITHER_ORDER)) {
            relink.setString(1, transactionId);
            relink.setLong(2, version);
            bindPair(relink, 3, residentId, memberId);
            if (relink.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO family_link (resident_id, member_id, transaction_id, version) VALUES (?, ?, ?, ?)""")) {
            insert.setString(1, residentId.toString());
            insert.setString(2, memberId.toString());
            insert.setString(3, transactionId);
            insert.setLong(4, version);
            insert.executeUpdate();
        }
    }

    /**
     * Ends the active link of the two, both ways; the row stays, naming the ending transaction.
     *
     * @return false if they were not linked
     */
    public static boolean unlink(Connection connection, UUID one, UUID other, String transactionId)
            throws SQLException {
        if (!linked(connection, one, other)) {
            return false;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE family_link SET ended_by = ?, version = ? WHERE ended_by IS NULL AND " + EITHER_ORDER)) {
            update.setString(1, transactionId);
            update.setLong(2, Versions.next(connection));
            bindPair(update, 3, one, other);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Sets what {@code rights.memberId()} may do for {@code rights.residentId()}: the row's member columns when the
     * pair was recorded in that order, its resident columns when the other way round.
     *
     * @return false if they are not linked
     */
    public static boolean setRights(Connection connection, FamilyPermissionsSet rights) throws SQLException {
        if (!linked(connection, rights.residentId(), rights.memberId())) {
            return false;
        }
        long version = Versions.next(connection);
        for (String[] direction : new String[][] {{"member", "resident_id", "member_id"},
                {"resident", "member_id", "resident_id"}}) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE family_link SET "
                    + direction[0] + "_may_book = ?, " + direction[0] + "_may_redeem = ?, " + direction[0]
                    + "_may_receive = ?, version = ? WHERE ended_by IS NULL AND " + direction[1] + " = ? AND "
                    + direction[2] + " = ?")) {
                update.setInt(1, rights.mayBook() ? 1 : 0);
                update.setInt(2, rights.mayRedeem() ? 1 : 0);
                update.setInt(3, rights.mayReceive() ? 1 : 0);
                update.setLong(4, version);
                update.setString(5, rights.residentId().toString());
                update.setString(6, rights.memberId().toString());
                if (update.executeUpdate() == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String[] pair(UUID one, UUID other) {
        return new String[] {one.toString(), other.toString(), other.toString(), one.toString()};
    }

    private static void bindPair(PreparedStatement statement, int first, UUID one, UUID other) throws SQLException {
        String[] ids = pair(one, other);
        for (int i = 0; i < ids.length; i++) {
            statement.setString(first + i, ids[i]);
        }
    }
}
