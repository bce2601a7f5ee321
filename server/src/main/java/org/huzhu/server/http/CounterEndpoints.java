package org.huzhu.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.function.UnaryOperator;
import org.huzhu.protocol.aid.SealedDocument;
import org.huzhu.protocol.counter.CounterStaff;
import org.huzhu.protocol.counter.ResidentCodeRequest;
import org.huzhu.protocol.counter.ResidentCodeRevocation;
import org.huzhu.protocol.sync.StaffQuerySignature;
import org.huzhu.server.aid.AidDocumentService;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.auth.StaffQueryAuthenticator;
import org.huzhu.server.counter.CounterQueries;
import org.huzhu.server.counter.ResidentCodeDesk;
import org.huzhu.server.store.StorageException;

/**
 * The counter's endpoints (docs/protocol.md §11): each authenticates the kiosk and the staff card first, then reads
 * its query and answers. A GET's body is ignored, so its signatures cover zero body bytes; the one POST (a sealed
 * supporting document, §12.5) is signed over its body.
 */
public final class CounterEndpoints {

    private static final byte[] NO_BODY = new byte[0];
    /** Where counters hand on the sealed supporting documents of applications for aid (§12.5). */
    static final String DOCUMENTS = "/v1/counter/aid-documents";
    /** A document of 10 MB sealed and in base64, with room for the JSON around it. */
    static final long MAX_DOCUMENT_BODY_BYTES = 14L << 20;

    private final StaffQueryAuthenticator staff;
    private final CounterQueries queries;
    private final AidDocumentService documents;
    private final ResidentCodeDesk residentCodes;
    /** Resident codes are issued and revoked with bodies of a few dozen bytes (§13.2). */
    static final String RESIDENT_CODES = "/v1/counter/resident-codes";
    static final long MAX_RESIDENT_CODE_BODY_BYTES = 1L << 20;

    public CounterEndpoints(StaffQueryAuthenticator staff, CounterQueries queries, AidDocumentService documents,
            ResidentCodeDesk residentCodes) {
        this.staff = staff;
        this.queries = queries;
        this.documents = documents;
        this.residentCodes = residentCodes;
    }

    /** The routes, for {@link HttpApi}. */
    void register(JavalinConfig config) {
        config.routes.get("/v1/counter/volunteer-sessions", ctx -> answer(ctx, queries.volunteerSessions(query(ctx))));
        config.routes.get("/v1/counter/residents", ctx -> answer(ctx, queries.residents(query(ctx))));
        config.routes.get("/v1/counter/rejections", ctx -> answer(ctx, queries.rejections(query(ctx))));
        config.routes.get("/v1/counter/report", ctx -> answer(ctx, queries.report(query(ctx))));
        config.routes.get("/v1/counter/statement", ctx -> answer(ctx, queries.statement(query(ctx))));
        config.routes.get("/v1/counter/staff", ctx -> answer(ctx, whoSigned(ctx)));
        config.routes.get("/v1/counter/institutions", ctx -> answer(ctx, queries.institutions(query(ctx))));
        config.routes.post(DOCUMENTS, ctx -> {
            byte[] body = RequestBody.read(ctx, MAX_DOCUMENT_BODY_BYTES);
            StaffQueryAuthenticator.CounterCaller caller = staff.authenticate(ctx.method().name(),
                    ApiHandlers.target(ctx), body, headersOnce(ctx));
            answer(ctx, documents.keep(caller.kiosk().kioskId(), JsonIo.read(ctx, body, SealedDocument.class)));
        });
        // resident codes (issue 14 part 6): issued, listed and revoked at the counter
        config.routes.get(RESIDENT_CODES, ctx -> answer(ctx, residentCodes.list(query(ctx))));
        config.routes.post(RESIDENT_CODES, ctx -> {
            byte[] body = RequestBody.read(ctx, MAX_RESIDENT_CODE_BODY_BYTES);
            StaffQueryAuthenticator.CounterCaller caller = staff.authenticate(ctx.method().name(),
                    ApiHandlers.target(ctx), body, headersOnce(ctx));
            answer(ctx, residentCodes.issue(caller.staffId(), caller.kiosk().kioskId(),
                    JsonIo.read(ctx, body, ResidentCodeRequest.class)));
        });
        config.routes.post(RESIDENT_CODES + "/{codeId}/revoke", ctx -> {
            byte[] body = RequestBody.read(ctx, MAX_RESIDENT_CODE_BODY_BYTES);
            StaffQueryAuthenticator.CounterCaller caller = staff.authenticate(ctx.method().name(),
                    ApiHandlers.target(ctx), body, headersOnce(ctx));
            answer(ctx, residentCodes.revoke(caller.staffId(), ctx.pathParam("codeId"),
                    JsonIo.read(ctx, body, ResidentCodeRevocation.class)));
        });
    }

    /** The signed-in staff member as the registry knows them; the checks of every counter request are the answer. */
    private CounterStaff whoSigned(Context ctx) throws ApiException, StorageException {
        StaffQueryAuthenticator.CounterCaller caller = caller(ctx);
        return queries.staff(ctx.queryString(), caller.staffId(), caller.roles());
    }

    /** The raw query, once the request is known to come from a kiosk and a counter's staff member. */
    private String query(Context ctx) throws ApiException, StorageException {
        caller(ctx);
        return ctx.queryString();
    }

    private StaffQueryAuthenticator.CounterCaller caller(Context ctx) throws ApiException, StorageException {
        return staff.authenticate(ctx.method().name(), ApiHandlers.target(ctx), NO_BODY, headersOnce(ctx));
    }

    private static void answer(Context ctx, Object value) {
        JsonIo.write(ctx, 200, value);
    }

    /**
     * Header look-up where a staff header sent twice reads as {@code ""}, which is malformed: a proxy and the server
     * could otherwise each believe a different one.
     */
    static UnaryOperator<String> headersOnce(Context ctx) {
        return name -> {
            boolean staffHeader = name.equals(StaffQuerySignature.HEADER_STAFF_KEY)
                    || name.equals(StaffQuerySignature.HEADER_STAFF_SIGNATURE);
            if (staffHeader && Collections.list(ctx.req().getHeaders(name)).size() > 1) {
                return "";
            }
            return ctx.header(name);
        };
    }
}
