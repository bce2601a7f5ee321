package org.huzhu.server.counter;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.huzhu.server.api.ApiException;

/**
 * Which part of a list to answer: {@code offset} 0..2^31 − 1 (default 0) and {@code limit} 1..200 (default 50)
 * (docs/protocol.md §11).
 */
public record Paging(long offset, int limit) {

    static final String OFFSET = "offset";
    public static final String LIMIT = "limit";
    static final Set<String> NAMES = Set.of(OFFSET, LIMIT);
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    static Paging of(QueryParameters query) throws ApiException {
        return new Paging(query.integer(OFFSET, 0, Integer.MAX_VALUE, 0),
                (int) query.integer(LIMIT, 1, MAX_LIMIT, DEFAULT_LIMIT));
    }

    /** Sets {@code LIMIT ? OFFSET ?}, the last two parameters of a list's query, from {@code index} on. */
    void bind(PreparedStatement query, int index) throws SQLException {
        query.setInt(index, limit);
        query.setLong(index + 1, offset);
    }

    /** The names a list endpoint takes: its own and the paging ones. */
    static Set<String> with(String... names) {
        Set<String> all = new LinkedHashSet<>(Set.of(names));
        all.addAll(NAMES);
        return all;
    }
}
