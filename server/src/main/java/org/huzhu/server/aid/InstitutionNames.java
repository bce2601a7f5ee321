package org.huzhu.server.aid;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
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
    /** Whether the database has the institution registry (migration V12); a server without it names by id. */
    private final boolean registry;
    private final Map<String, String> known = new HashMap<>();

    private InstitutionNames(Connection connection, boolean registry) {
        this.connection = connection;
        this.registry = registry;
    }

    static InstitutionNames in(Connection connection) throws SQLException {
        // Asked of the metadata rather than by a failing query: on PostgreSQL a failed statement aborts the whole
        // transaction the snapshot is read in.
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet tables = metadata.getTables(null, null, "institution", new String[] {"TABLE"})) {
            return new InstitutionNames(connection, tables.next());
        }
    }

    /** The institution's registered name, or {@code institutionId} when it has none. */
    String of(String institutionId) throws SQLException {
        String name = known.get(institutionId);
        if (name == null) {
            name = registry ? registered(institutionId) : institutionId;
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
