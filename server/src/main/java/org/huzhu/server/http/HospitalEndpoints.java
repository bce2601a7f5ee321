package org.huzhu.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import org.huzhu.protocol.aid.MatchRefusal;
import org.huzhu.server.aid.DeskQueries;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.auth.StaffQueryAuthenticator;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * The hospital desk's endpoints (docs/protocol.md §12.11): each authenticates the desk's kiosk signature and the
 * receptionist's staff card as a counter query is (role hospital-desk), then requires the desk and the receptionist
 * to be of one hospital, then reads its query. GETs only; the signatures cover zero body bytes.
 */
public final class HospitalEndpoints {

    private static final byte[] NO_BODY = new byte[0];

    private final StaffQueryAuthenticator staff;
    private final Database database;
    private final Clock clock;

    public HospitalEndpoints(StaffQueryAuthenticator staff, Database database, Clock clock) {
        this.staff = staff;
        this.database = database;
        this.clock = clock;
    }

    /** The routes, for {@link HttpApi}. */
    void register(JavalinConfig config) {
        config.routes.get("/v1/hospital/staff", this::whoSigned);
        config.routes.get("/v1/hospital/patient", this::patient);
    }

    private void whoSigned(Context ctx) throws ApiException, StorageException {
        DeskCaller caller = caller(ctx);
        DeskQueries.noParameters(ctx.queryString());
        JsonIo.write(ctx, 200, database.inTransaction(connection -> DeskQueries.staff(connection,
                caller.counter().staffId(), caller.counter().roles(), caller.hospitalId())));
    }

    private void patient(Context ctx) throws ApiException, StorageException {
        DeskCaller caller = caller(ctx);
        String card = DeskQueries.card(ctx.queryString());
        JsonIo.write(ctx, 200, database.inTransaction(connection -> DeskQueries.patient(connection, card,
                caller.hospitalId(), clock.instant())).orElseThrow(DeskQueries::unknownCard));
    }

    /** The desk and receptionist behind a request, once both are known to be of the same hospital. */
    private record DeskCaller(StaffQueryAuthenticator.CounterCaller counter, String hospitalId) {
    }

    private DeskCaller caller(Context ctx) throws ApiException, StorageException {
        StaffQueryAuthenticator.CounterCaller caller = staff.authenticate(ctx.method().name(),
                ApiHandlers.target(ctx), NO_BODY, CounterEndpoints.headersOnce(ctx),
                StaffQueryAuthenticator.HOSPITAL_DESK);
        if (caller.kiosk().hospitalId().isEmpty() || !caller.kiosk().hospitalId().equals(caller.hospitalId())) {
            throw new ApiException(403, MatchRefusal.STAFF_NOT_OF_HOSPITAL.code(), "the station is not a desk of the"
                    + " staff member's hospital");
        }
        return new DeskCaller(caller, caller.kiosk().hospitalId().get());
    }
}
