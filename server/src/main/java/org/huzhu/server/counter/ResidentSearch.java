package org.huzhu.server.counter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.ResidentSummary;

/**
 * {@code GET /v1/counter/residents?q=}: residents whose name contains {@code q} (in any case; not for a number), whose
 * pinyin initials begin with it, whose member number it is, or whose phone number (or its last 4 digits or more) it
 * is; in order of member number. The initials and phone are exact-match keys ({@link SearchKeys}); "the name contains" is a scan of
 * the residents' folded names (index {@code counter_resident_name}), the one part whose cost grows with the number of
 * residents (measured by the tests' {@code CounterQueryBench}). Stateless.
 */
final class ResidentSearch {

    static final int MAX_QUERY_LENGTH = 40;

    /**
     * Each way of matching on its own index, then joined: an OR of them would make the database walk every resident
     * in member order for a query that matches a handful. The name's part, when it applies, comes first.
     */
    private static final String BY_NAME = "SELECT resident_id FROM counter_resident WHERE name_folded LIKE ? ESCAPE '!'"
            + " UNION ";
    private static final String BY_KEYS = """
            SELECT resident_id FROM counter_resident WHERE member_number = ?
            UNION SELECT resident_id FROM counter_search_key WHERE search_key IN (?, ?)""";
    /** A member number or a phone: digits, with an M before them or spaces, dashes and plus signs among them. */
    private static final Pattern NUMBER = Pattern.compile("[Mm]?[0-9 +-]*[0-9][0-9 +-]*");

    private ResidentSearch() {
    }

    /** @param q the query, already trimmed, 1..{@value #MAX_QUERY_LENGTH} characters */
    static Page<ResidentSummary> page(Connection connection, String q, Paging paging) throws SQLException {
        // Names hold no digits, so a number is not looked for in them: the query stays on the indexes.
        boolean byName = !NUMBER.matcher(q).matches();
        String matched = "WITH matched (resident_id) AS (" + (byName ? BY_NAME : "") + BY_KEYS + ")\n";
        String contains = "%" + ResidentIndex.folded(q).replace("!", "!!").replace("%", "!%").replace("_", "!_")
                + "%";
        long memberNumber = MemberNumbers.parse(q).orElse(-1);
        // "" is no key: every stored key starts with its kind
        String initials = SearchKeys.initialsQuery(q).orElse("");
        String phone = SearchKeys.phoneQuery(q).orElse("");
        return Rows.page(connection, matched + ResidentSummaries.COLUMNS
                        + "FROM matched m JOIN counter_resident r ON r.resident_id = m.resident_id\n"
                        + ResidentSummaries.BALANCE_AND_PHONE + "ORDER BY r.member_number",
                matched + "SELECT COUNT(*) FROM matched", byName ? 4 : 3, query -> {
                    int next = 1;
                    if (byName) {
                        query.setString(next++, contains);
                    }
                    query.setLong(next++, memberNumber);
                    query.setString(next++, initials);
                    query.setString(next, phone);
                }, paging, ResidentSummaries::read);
    }
}
