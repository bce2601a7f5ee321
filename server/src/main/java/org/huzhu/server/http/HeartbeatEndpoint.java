package org.huzhu.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.huzhu.protocol.sync.Heartbeat;
import org.huzhu.protocol.sync.HeartbeatAnswer;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;
import org.huzhu.server.auth.RequestAuthenticator;
import org.huzhu.server.kiosk.Heartbeats;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * {@code POST /v1/heartbeat} (docs/protocol.md §15): a signed kiosk request whose body says how the kiosk is; the
 * server keeps the latest per kiosk for {@code huzhu-server kiosks} and answers with its own clock. What the body
 * claims is the kiosk's word only (ADR 0022); the server checks its shape and that it is signed by an enrolled,
 * active kiosk.
 */
public final class HeartbeatEndpoint {

    /** A kiosk cannot be this many transactions behind: a larger figure is a broken or hostile one. */
    static final long MAX_UNSYNCED = 1_000_000_000L;

    private final RequestAuthenticator kiosks;
    private final Database database;
    private final Clock clock;
    private final long maxBodyBytes;

    public HeartbeatEndpoint(RequestAuthenticator kiosks, Database database, Clock clock, long maxBodyBytes) {
        this.kiosks = kiosks;
        this.database = database;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
    }

    void register(JavalinConfig config) {
        config.routes.post("/v1/heartbeat", this::heartbeat);
    }

    private void heartbeat(Context ctx) throws ApiException, StorageException {
        byte[] body = RequestBody.read(ctx, maxBodyBytes);
        KioskRecord kiosk = kiosks.authenticate(ctx.method().name(), ApiHandlers.target(ctx), body, ctx::header);
        Heartbeat heartbeat = JsonIo.read(ctx, body, Heartbeat.class);
        check(heartbeat);
        Instant now = clock.instant();
        database.inTransaction(connection -> {
            Heartbeats.store(connection, kiosk.kioskId(), heartbeat, now);
            return null;
        });
        JsonIo.write(ctx, 200, new HeartbeatAnswer(now));
    }

    private static void check(Heartbeat heartbeat) throws ApiException {
        if (!Heartbeat.VERSION.matcher(heartbeat.appVersion()).matches()) {
            throw invalid("appVersion must be 1.." + Heartbeat.MAX_VERSION_LENGTH + " of A-Z a-z 0-9 . + _ -");
        }
        if (heartbeat.unsynced() < 0 || heartbeat.unsynced() > MAX_UNSYNCED) {
            throw invalid("unsynced must be 0.." + MAX_UNSYNCED);
        }
        if (!Heartbeat.STATES.contains(heartbeat.overall())) {
            throw invalid("overall must be one of " + Heartbeat.STATES);
        }
        if (heartbeat.checks().size() > Heartbeat.MAX_CHECKS) {
            throw invalid("at most " + Heartbeat.MAX_CHECKS + " checks");
        }
        Set<String> names = new HashSet<>();
        for (Heartbeat.Check check : heartbeat.checks()) {
            if (check == null || check.name() == null || check.state() == null) {
                throw invalid("every check has a name and a state");
            }
            if (!Heartbeat.CHECK_NAME.matcher(check.name()).matches()) {
                throw invalid("a check's name is lower-case words joined by hyphens, at most 32 characters");
            }
            if (!names.add(check.name())) {
                throw invalid("check " + check.name() + " is given twice");
            }
            if (!Heartbeat.STATES.contains(check.state())) {
                throw invalid("the state of check " + check.name() + " must be one of " + Heartbeat.STATES);
            }
        }
    }

    private static ApiException invalid(String message) {
        return new ApiException(400, Codes.INVALID_HEARTBEAT, "invalid heartbeat: " + message);
    }
}
