package org.huzhu.server.kiosk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.protocol.sync.Heartbeat;

/** The {@code kiosk_heartbeat} table: each kiosk's latest heartbeat. Stateless; inside the caller's transaction. */
public final class Heartbeats {

    /** A kiosk's latest heartbeat as stored, with the server's time of receipt. */
    public record LastHeartbeat(String kioskId, Instant receivedAt, Heartbeat heartbeat) {
    }

    private Heartbeats() {
    }

    /** Keeps {@code heartbeat} as {@code kioskId}'s latest (the kiosk is enrolled: the caller authenticated it). */
    public static void store(Connection connection, String kioskId, Heartbeat heartbeat, Instant receivedAt)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO kiosk_heartbeat (kiosk_id, received_at, kiosk_time, app_version, unsynced, overall,
                    checks) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (kiosk_id) DO UPDATE SET received_at = excluded.received_at,
                    kiosk_time = excluded.kiosk_time, app_version = excluded.app_version,
                    unsynced = excluded.unsynced, overall = excluded.overall, checks = excluded.checks""")) {
            upsert.setString(1, kioskId);
            upsert.setString(2, receivedAt.toString());
            upsert.setString(3, heartbeat.kioskTime().toString());
            upsert.setString(4, heartbeat.appVersion());
            upsert.setLong(5, heartbeat.unsynced());
            upsert.setString(6, heartbeat.overall());
            upsert.setString(7, String.join(",", heartbeat.checks().stream()
                    .map(check -> check.name() + "=" + check.state()).toList()));
            upsert.executeUpdate();
        }
    }

    /** Every stored heartbeat, by kiosk id. */
    public static Map<String, LastHeartbeat> all(Connection connection) throws SQLException {
        Map<String, LastHeartbeat> latest = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT kiosk_id, received_at, kiosk_time, app_version, unsynced, overall, checks
                FROM kiosk_heartbeat""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                List<Heartbeat.Check> checks = new ArrayList<>();
                for (String pair : rows.getString(7).split(",")) {
                    int equals = pair.indexOf('=');
                    if (equals > 0) {
                        checks.add(new Heartbeat.Check(pair.substring(0, equals), pair.substring(equals + 1)));
                    }
                }
                String kioskId = rows.getString(1);
                latest.put(kioskId, new LastHeartbeat(kioskId, Instant.parse(rows.getString(2)), new Heartbeat(
                        Instant.parse(rows.getString(3)), rows.getString(4), rows.getLong(5), rows.getString(6),
                        checks)));
            }
        }
        return latest;
    }
}
