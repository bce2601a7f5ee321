package org.huzhu.server.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.huzhu.server.store.Queries;
import org.huzhu.server.store.Versions;

/**
 * Residents linked as family ({@code family.linked}). A link holds both ways and is stored once, in the order it was
 * first recorded. Stateless; every method works inside the caller's transaction.
 */
public final class FamilyLinks {

    private FamilyLinks() {
    }

    /** Whether {@code one} and {@code other} are linked, in either direction. */
    public static boolean linked(Connection connection, UUID one, UUID other) throws SQLException {
        return Queries.exists(connection, """
                SELECT 1 FROM family_link
                WHERE (resident_id = ? AND member_id = ?) OR (resident_id = ? AND member_id = ?)""",
                one.toString(), other.toString(), other.toString(), one.toString());
    }

    /**
     * Links two residents unless they already are (either way round): linking again changes nothing, not even the
     * version, so kiosks are not sent the same link twice.
     */
    public static void link(Connection connection, UUID residentId, UUID memberId, String transactionId)
            throws SQLException {
        if (linked(connection, residentId, memberId)) {
            return;
        }
        long version = Versions.next(connection);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO family_link (resident_id, member_id, transaction_id, version) VALUES (?, ?, ?, ?)""")) {
            insert.setString(1, residentId.toString());
            insert.setString(2, memberId.toString());
            insert.setString(3, transactionId);
            insert.setLong(4, version);
            insert.executeUpdate();
        }
    }
}
