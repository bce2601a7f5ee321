package org.huzhu.kiosk.desk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.huzhu.protocol.ProtocolException;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.TransactionType;
import org.huzhu.protocol.counter.VolunteerSession;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.VolunteerNoShow;

/**
 * Which volunteer sessions this counter has settled: read from its own journal (the confirmations and no-shows it
 * signed), leaving out those the server rejected, which may be settled again. The journal is the record, so nothing
 * else has to be kept in step with it; a counter signs a few thousand of these a year, and only their rows are read.
 */
public final class SettledHere {

    /** A task and a volunteer: what the server settles once. */
    public record Pair(UUID taskId, UUID volunteerId) {

        public static Pair of(VolunteerSession session) {
            return new Pair(UUID.fromString(session.taskId()), UUID.fromString(session.volunteerId()));
        }
    }

    /** How it was settled here; a confirmation after a no-show (its correction) counts as confirmed. */
    public enum Settled {
        CONFIRMED, NO_SHOW
    }

    private SettledHere() {
    }

    /** Every session settled here and not rejected, inside the caller's transaction. */
    static Map<Pair, Settled> read(Connection connection) throws SQLException {
        Map<Pair, Settled> settled = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT j.envelope FROM journal j JOIN outbox o ON o.sequence = j.sequence
                WHERE j.type IN (?, ?) AND o.state <> 'rejected' ORDER BY j.sequence""")) {
            query.setString(1, TransactionType.SERVICE_CONFIRMED.wireName());
            query.setString(2, TransactionType.VOLUNTEER_NO_SHOW.wireName());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    switch (payload(rows.getBytes(1))) {
                        case ServiceConfirmed confirmed ->
                                settled.put(new Pair(confirmed.taskId(), confirmed.volunteerId()), Settled.CONFIRMED);
                        case VolunteerNoShow noShow ->
                                settled.putIfAbsent(new Pair(noShow.taskId(), noShow.volunteerId()), Settled.NO_SHOW);
                        default -> { } // the query reads only these two types
                    }
                }
            }
        }
        return settled;
    }

    private static Payload payload(byte[] envelope) throws SQLException {
        try {
            return TransactionCodec.decode(envelope).body().payload();
        } catch (ProtocolException e) {
            throw new SQLException("the journal holds an envelope it cannot read: " + e.getMessage(), e);
        }
    }
}
