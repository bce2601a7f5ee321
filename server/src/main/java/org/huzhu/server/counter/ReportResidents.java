package org.huzhu.server.counter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.huzhu.protocol.counter.ResidentSummary;

/**
 * The report's lists of residents: those enrolled in its range, and those with no exchange in the
 * {@code inactiveDays} days up to its end. Stateless.
 */
final class ReportResidents {

    private ReportResidents() {
    }

    static List<ResidentSummary> enrolledIn(Connection connection, ReportQuery.Range range) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(ResidentSummaries.SELECT
                + "WHERE r.enrolled_at_ms >= ? AND r.enrolled_at_ms < ? ORDER BY r.member_number")) {
            range.bind(query, 1);
            return ResidentSummaries.list(query);
        }
    }

    /**
     * Residents enrolled before the window of {@code inactiveDays} whole days that ends with the range, and with no
     * posting created in it (a closed account is not inactive: it is closed). The latest exchange decides for nearly
     * everyone; only a resident whose latest exchange is after the window (a report of the past) needs a look at
     * their history, by its primary key.
     */
    static List<ResidentSummary> inactive(Connection connection, ReportQuery.Range range, int inactiveDays)
            throws SQLException {
        long windowStart = range.to().minusDays(inactiveDays - 1L).atStartOfDay(range.zone()).toInstant()
                .toEpochMilli();
        long windowEnd = range.endMs();
        try (PreparedStatement query = connection.prepareStatement(ResidentSummaries.SELECT + """
                WHERE r.enrolled_at_ms < ? AND c.closed_at_ms IS NULL
                  AND (r.last_exchange_ms IS NULL OR r.last_exchange_ms < ?
                       OR r.last_exchange_ms >= ? AND NOT EXISTS (SELECT 1 FROM counter_exchange x
                            WHERE x.resident_id = r.resident_id AND x.created_at_ms >= ? AND x.created_at_ms < ?))
                ORDER BY r.member_number""")) {
            query.setLong(1, windowStart);
            query.setLong(2, windowStart);
            query.setLong(3, windowEnd);
            query.setLong(4, windowStart);
            query.setLong(5, windowEnd);
            return ResidentSummaries.list(query);
        }
    }

}
