package org.huzhu.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The counters in the one-row {@code change_counter} table. Snapshot versions: every change a kiosk must learn takes
 * the next version and stamps its row with it, so "changes since V" is "rows with version greater than V". Stateless;
 * works inside the caller's transaction (whose write lock keeps the numbers in order).
 */
public final class Versions {

    private Versions() {
    }

    /** The next snapshot version (the first change is version 1). */
    public static long next(Connection connection) throws SQLException {
        return increment(connection, "version");
    }

    /** The number of the next ledger posting. */
    public static long nextPosting(Connection connection) throws SQLException {
        return increment(connection, "next_posting") - 1;
    }

    /** The latest snapshot version handed out; 0 before any change. */
    public static long current(Connection connection) throws SQLException {
        return read(connection, "version");
    }

    private static long increment(Connection connection, String column) throws SQLException {
        // One statement for both steps: SQLite (3.35+) and PostgreSQL both return the updated value.
        return counter(connection, "UPDATE change_counter SET " + column + " = " + column + " + 1 WHERE id = 1"
                + " RETURNING " + column);
    }

    private static long read(Connection connection, String column) throws SQLException {
        return counter(connection, "SELECT " + column + " FROM change_counter WHERE id = 1");
    }

    /** Runs {@code sql}, which yields the counter row's one column. */
    private static long counter(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql);
             ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("change_counter has no row: the schema was not migrated");
            }
            return row.getLong(1);
        }
    }
}
