package org.huzhu.server.counter;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.Rejection;

/**
 * {@code GET /v1/counter/rejections}: every rejected transaction of every kiosk, the latest judged first (one batch's
 * rejections share their time, and then come in reverse order of sequence). Index {@code counter_rejection_received}.
 * Stateless.
 */
final class RejectionList {

    private static final String SELECT = """
            SELECT transaction_id, kiosk_id, sequence, type, created_at_ms, reason, resident_id, received_at_ms
            FROM counter_rejection ORDER BY received_at_ms DESC, kiosk_id DESC, sequence DESC""";

    private RejectionList() {
    }

    static Page<Rejection> page(Connection connection, Paging paging) throws SQLException {
        return Rows.page(connection, SELECT, "SELECT COUNT(*) FROM counter_rejection", 0, query -> { }, paging,
                RejectionList::read);
    }

    private static Rejection read(ResultSet row) throws SQLException {
        return new Rejection(row.getString(1), row.getString(2), row.getLong(3), row.getString(4),
                Instant.ofEpochMilli(row.getLong(5)), row.getString(6), row.getString(7),
                Instant.ofEpochMilli(row.getLong(8)));
    }
}
