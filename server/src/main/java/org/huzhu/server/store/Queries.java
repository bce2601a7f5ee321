package org.huzhu.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small query shapes that many tables share. Stateless; works inside the caller's transaction. */
public final class Queries {

    private Queries() {
    }

    /** Whether {@code sql}, run with the text {@code parameters} in order, returns at least one row. */
    public static boolean exists(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
