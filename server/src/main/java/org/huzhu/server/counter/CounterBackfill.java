package org.huzhu.server.counter;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.huzhu.protocol.ProtocolException;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.UnsignedTransaction;

/**
 * Fills the counter's tables once from the transactions a server received before they existed (a database created
 * before migration V6), by replaying every stored transaction through {@link CounterIndex}, as ingest would have.
 * Only member numbers depend on the order: enrolments are replayed first, in the order they were received; everything
 * else is independent of order. Runs in one transaction: if it fails, it is tried again at the next start.
 */
public final class CounterBackfill {

    private static final String ENROLMENT = "resident.enrolled";

    private CounterBackfill() {
    }

    /** @return how many transactions were replayed (0 when the tables were complete already) */
    public static long run(Connection connection) throws SQLException {
        if (indexed(connection)) {
            return 0;
        }
        List<Stored> enrolments = new ArrayList<>();
        long replayed = 0;
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT envelope, reason, received_at, type, verdict FROM transaction_record""")) {
            query.setFetchSize(500); // PostgreSQL streams with a cursor instead of reading millions of rows at once
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Stored stored = new Stored(decode(rows.getString(1)), rows.getString(2),
                            Instant.parse(rows.getString(3)));
                    if (ENROLMENT.equals(rows.getString(4)) && "accepted".equals(rows.getString(5))) {
                        enrolments.add(stored); // a few per resident: these fit in memory
                    } else {
                        replay(connection, stored);
                        replayed++;
                    }
                }
            }
        }
        enrolments.sort(Comparator.comparing(Stored::receivedAt).thenComparing(stored -> stored.body().kioskId())
                .thenComparingLong(stored -> stored.body().sequence()));
        for (Stored enrolment : enrolments) {
            replay(connection, enrolment);
        }
        try (PreparedStatement done = connection.prepareStatement("UPDATE counter_state SET indexed = 1 WHERE id = 1")) {
            done.executeUpdate();
        }
        return replayed + enrolments.size();
    }

    private record Stored(UnsignedTransaction body, String rejection, Instant receivedAt) {
    }

    private static boolean indexed(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT indexed FROM counter_state WHERE id = 1");
             ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("counter_state has no row: the schema was not migrated");
            }
            return row.getInt(1) == 1;
        }
    }

    private static void replay(Connection connection, Stored stored) throws SQLException {
        CounterIndex.record(connection, stored.body(), stored.rejection(), stored.receivedAt());
    }

    private static UnsignedTransaction decode(String envelope) throws SQLException {
        try {
            return TransactionCodec.decode(envelope.getBytes(StandardCharsets.UTF_8)).body();
        } catch (ProtocolException e) {
            throw new SQLException("a stored envelope no longer decodes: " + e.getMessage(), e);
        }
    }
}
