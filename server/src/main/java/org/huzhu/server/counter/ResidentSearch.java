package org.huzhu.server.counter;

import java.sql.Connection;
import java.sql.SQLException;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.ResidentSummary;

/**
 * {@code GET /v1/counter/residents?q=}: residents whose name contains {@code q} (in any case), whose pinyin initials
 * begin with it, whose member number it is, or whose phone number (or its last 4 digits or more) it is; in order of
 * member number. The initials and phone are exact-match keys ({@link SearchKeys}); "the name contains" is a scan of
 * the residents' folded names, the one part whose cost grows with the number of residents (measured in the README of
 * {@code server/}: a few milliseconds per 10,000 residents). Stateless.
 */
final class ResidentSearch {

    static final int MAX_QUERY_LENGTH = 40;

    private static final String WHERE = """
            WHERE r.name_folded LIKE ? ESCAPE '!' OR r.member_number = ?
               OR r.resident_id IN (SELECT k.resident_id FROM counter_search_key k WHERE k.search_key IN (?, ?))""";

    private ResidentSearch() {
    }

    /** @param q the query, already trimmed, 1..{@value #MAX_QUERY_LENGTH} characters */
    static Page<ResidentSummary> page(Connection connection, String q, Paging paging) throws SQLException {
        String contains = "%" + ResidentIndex.folded(q).replace("!", "!!").replace("%", "!%").replace("_", "!_")
                + "%";
        long memberNumber = MemberNumbers.parse(q).orElse(-1);
        // "" is no key: every stored key starts with its kind
        String initials = SearchKeys.initialsQuery(q).orElse("");
        String phone = SearchKeys.phoneQuery(q).orElse("");
        return Rows.page(connection, ResidentSummaries.SELECT + WHERE + " ORDER BY r.member_number",
                "SELECT COUNT(*) FROM counter_resident r " + WHERE, 4, query -> {
                    query.setString(1, contains);
                    query.setLong(2, memberNumber);
                    query.setString(3, initials);
                    query.setString(4, phone);
                }, paging, ResidentSummaries::read);
    }
}
