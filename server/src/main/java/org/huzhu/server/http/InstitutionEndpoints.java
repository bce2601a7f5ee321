package org.huzhu.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Set;
import java.util.UUID;
import org.huzhu.protocol.aid.AidOrderRevocation;
import org.huzhu.protocol.aid.MatchRefusal;
import org.huzhu.protocol.aid.SealedDocument;
import org.huzhu.protocol.aid.SealedMessage;
import org.huzhu.protocol.aid.SignedAidOrder;
import org.huzhu.protocol.counter.Page;
import org.huzhu.server.aid.AidDocumentService;
import org.huzhu.server.aid.AidOrderService;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;
import org.huzhu.server.counter.Paging;
import org.huzhu.server.counter.QueryParameters;
import org.huzhu.server.institution.Inbox;
import org.huzhu.server.institution.Institution;
import org.huzhu.server.institution.InstitutionAuthenticator;
import org.huzhu.server.store.StorageException;

/**
 * The institutions' endpoints (docs/protocol.md §12): each authenticates the institution first
 * ({@link InstitutionAuthenticator}), then reads its query and answers only with what is the caller's.
 */
public final class InstitutionEndpoints {

    private static final byte[] NO_BODY = new byte[0];
    private static final String SINCE = "since";
    private static final Set<String> INBOX_PARAMETERS = Set.of(SINCE, Paging.LIMIT);
    private static final Set<String> DOCUMENT_PARAMETERS = Set.of("application", "sha256");

    private final InstitutionAuthenticator institutions;
    private final Inbox inbox;
    private final AidOrderService orders;
    private final AidDocumentService documents;
    private final long maxBodyBytes;

    public InstitutionEndpoints(InstitutionAuthenticator institutions, Inbox inbox, AidOrderService orders,
            AidDocumentService documents, long maxBodyBytes) {
        this.institutions = institutions;
        this.inbox = inbox;
        this.orders = orders;
        this.documents = documents;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The routes, for {@link HttpApi}. */
    void register(JavalinConfig config) {
        config.routes.get("/v1/aid/inbox", ctx -> JsonIo.write(ctx, 200, inbox(ctx)));
        config.routes.post("/v1/aid/orders", ctx -> {
            byte[] body = RequestBody.read(ctx, maxBodyBytes);
            Institution caller = caller(ctx, body);
            JsonIo.write(ctx, 200, orders.issue(caller, JsonIo.read(ctx, body, SignedAidOrder.class)));
        });
        config.routes.post("/v1/aid/orders/{orderId}/revoke", ctx -> {
            byte[] body = RequestBody.read(ctx, maxBodyBytes);
            Institution caller = caller(ctx, body);
            JsonIo.write(ctx, 200, orders.revoke(caller, orderId(ctx),
                    JsonIo.read(ctx, body, AidOrderRevocation.class)));
        });
        config.routes.get("/v1/aid/documents", ctx -> JsonIo.write(ctx, 200, document(ctx)));
        config.routes.get("/v1/aid/orders/{orderId}", ctx -> {
            Institution caller = caller(ctx, NO_BODY);
            JsonIo.write(ctx, 200, orders.state(caller, orderId(ctx)));
        });
    }

    /** A supporting document of one of the caller's applications, still sealed to the caller (§12.5). */
    private SealedDocument document(Context ctx) throws ApiException, StorageException {
        Institution caller = caller(ctx, NO_BODY);
        QueryParameters query = QueryParameters.parse(ctx.queryString(), DOCUMENT_PARAMETERS);
        String application = query.text("application").orElse("");
        String sha256 = query.text("sha256").orElse("");
        UUID applicationId;
        try {
            applicationId = UUID.fromString(application);
        } catch (IllegalArgumentException e) {
            throw QueryParameters.invalid("application is required: the application's id");
        }
        if (!applicationId.toString().equals(application) || !sha256.matches("[0-9a-f]{64}")) {
            throw QueryParameters.invalid("application (a lower-case UUID) and sha256 (64 lower-case hex) are required");
        }
        return documents.forCharity(caller.institutionId(), applicationId, sha256).orElseThrow(() ->
                new ApiException(404, Codes.DOCUMENT_UNKNOWN, "no such document of one of your applications (yet)"));
    }

    /** The order named in the path; a path that names none is no order of the caller's either. */
    private static UUID orderId(Context ctx) throws ApiException {
        String text = ctx.pathParam("orderId");
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equals(text)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new ApiException(404, MatchRefusal.UNKNOWN_ORDER.code(), "no aid order " + text);
    }

    /** The caller's own sealed messages after the first {@code since}, oldest first, at most {@code limit}. */
    private Page<SealedMessage> inbox(Context ctx) throws ApiException, StorageException {
        Institution caller = caller(ctx, NO_BODY);
        QueryParameters query = QueryParameters.parse(ctx.queryString(), INBOX_PARAMETERS);
        long since = query.integer(SINCE, 0, Long.MAX_VALUE, 0);
        int limit = (int) query.integer(Paging.LIMIT, 1, Paging.MAX_LIMIT, Paging.DEFAULT_LIMIT);
        return inbox.page(caller.institutionId(), since, limit);
    }

    /** The authenticated institution, which may act now; a GET's body is ignored, so it signs zero bytes. */
    private Institution caller(Context ctx, byte[] body) throws ApiException, StorageException {
        return institutions.authenticate(ctx.method().name(), ApiHandlers.target(ctx), body, ctx::header);
    }
}
