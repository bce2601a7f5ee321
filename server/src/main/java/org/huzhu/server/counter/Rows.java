package org.huzhu.server.counter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.protocol.counter.Page;

/** Small pieces of JDBC the counter's queries share. Stateless; works inside the caller's transaction. */
final class Rows {

    private Rows() {
    }

    /** Sets a query's own parameters (the same for its list and its count). */
    @FunctionalInterface
    interface Parameters {
        void bind(PreparedStatement query) throws SQLException;
    }

    /** Reads one row of a list. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * One page of a list: {@code select} with {@code LIMIT ? OFFSET ?} appended, and the number of all matches from
     * {@code count}; both take {@code parameters} first.
     */
    static <T> Page<T> page(Connection connection, String select, String count, int parameterCount,
            Parameters parameters, Paging paging, Reader<T> reader) throws SQLException {
        List<T> items = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(select + " LIMIT ? OFFSET ?")) {
            parameters.bind(query);
            paging.bind(query, parameterCount + 1);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    items.add(reader.read(rows));
                }
            }
        }
        long total;
        try (PreparedStatement query = connection.prepareStatement(count)) {
            parameters.bind(query);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                total = row.getLong(1);
            }
        }
        return new Page<>(items, paging.offset(), total);
    }

    /** A text column of an outer join: {@code ""} where the joined row is missing. */
    static String textOrEmpty(ResultSet row, int column) throws SQLException {
        String text = row.getString(column);
        return text == null ? "" : text;
    }

    static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static Instant nullableInstant(ResultSet row, int column) throws SQLException {
        Long ms = nullableLong(row, column);
        return ms == null ? null : Instant.ofEpochMilli(ms);
    }

    static void setNullableLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
