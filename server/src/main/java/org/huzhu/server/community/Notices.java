package org.huzhu.server.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.protocol.payload.NoticePosted;
import org.huzhu.server.store.Versions;

/**
 * The centre's notices ({@code notice.posted}, {@code notice.withdrawn}) that snapshots carry to the kiosks' home
 * screens. A withdrawn notice stays, inactive, so kiosks learn of the withdrawal. Stateless; every method works inside
 * the caller's transaction.
 */
public final class Notices {

    private Notices() {
    }

    /** Whether the notice was posted, and if so whether it is still active (not withdrawn). */
    public static Optional<Boolean> active(Connection connection, UUID noticeId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT active FROM notice WHERE notice_id = ?")) {
            query.setString(1, noticeId.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getInt(1) == 1) : Optional.empty();
            }
        }
    }

    public static void post(Connection connection, NoticePosted notice, String transactionId, Instant postedAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO notice (notice_id, text_zh, text_en, from_date, until_date, active, posted_at_ms,
                                    transaction_id, version) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)""")) {
            insert.setString(1, notice.noticeId().toString());
            insert.setString(2, notice.textZh());
            insert.setString(3, notice.textEn());
            insert.setString(4, notice.fromDate().toString());
            insert.setString(5, notice.untilDate().toString());
            insert.setLong(6, postedAt.toEpochMilli());
            insert.setString(7, transactionId);
            insert.setLong(8, Versions.next(connection));
            insert.executeUpdate();
        }
    }

    public static void withdraw(Connection connection, UUID noticeId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE notice SET active = 0, version = ? WHERE notice_id = ?")) {
            update.setLong(1, Versions.next(connection));
            update.setString(2, noticeId.toString());
            update.executeUpdate();
        }
    }
}
