package org.huzhu.server.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The registered names of institutions (charities, hospitals), as a resident is told them; an institution without a
 * registered name is named by its id. Reads inside the caller's transaction; one instance per transaction (it keeps
 * what it looked up). Not thread-safe.
 */
final class InstitutionNames {

    private final Connection connection;
    private final Map<String, String> known = new HashMap<>();

    private InstitutionNames(Connection connection) {
        this.connection = connection;
    }

    static InstitutionNames in(Connection connection) {
        return new InstitutionNames(connection);
    }

    /** The institution's registered name, or {@code institutionId} when it has none. */
    String of(String institutionId) throws SQLException {
        String name = known.get(institutionId);
        if (name == null) {
            name = registered(institutionId);
            known.put(institutionId, name);
        }
        return name;
    }

    private String registered(String institutionId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT name FROM institution WHERE institution_id = ?")) {
            query.setString(1, institutionId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : institutionId;
            }
        }
    }
}
