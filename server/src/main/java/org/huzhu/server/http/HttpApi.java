package org.huzhu.server.http;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;
import org.huzhu.server.auth.RequestAuthenticator;
import org.huzhu.server.catalogue.SnapshotService;
import org.huzhu.server.identity.ServerIdentity;
import org.huzhu.server.ingest.BatchIngest;
import org.huzhu.server.kiosk.Enrolment;
import org.huzhu.server.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP JSON service (Javalin on Jetty). Every answer, including every failure, is a JSON body; a stack trace
 * never leaves the server (it goes to the log). Bodies above {@code maxBodyBytes} are refused before they are read.
 */
public final class HttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    private HttpApi() {
    }

    /** Builds the service; the caller starts and stops it. */
    public static Javalin create(RequestAuthenticator authenticator, Enrolment enrolment, BatchIngest ingest,
            SnapshotService snapshots, ServerIdentity identity, long maxBodyBytes) {
        ApiHandlers handlers = new ApiHandlers(authenticator, enrolment, ingest, snapshots, identity);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = maxBodyBytes;
            config.http.prefer405over404 = true;
            config.routes.before(ctx -> {
                long length = ctx.contentLength();
                if (length > maxBodyBytes) {
                    throw new ApiException(413, Codes.BODY_TOO_LARGE, "the body has " + length
                            + " bytes; at most " + maxBodyBytes + " are accepted");
                }
            });
            config.routes.get("/v1/health", handlers::health);
            config.routes.get("/v1/server-key", handlers::serverKey);
            config.routes.post("/v1/enrolment", handlers::enrol);
            config.routes.get("/v1/kiosk", handlers::kioskStatus);
            config.routes.post("/v1/batches", handlers::batch);
            config.routes.get("/v1/snapshot", handlers::snapshot);

            config.routes.exception(ApiException.class, (e, ctx) -> JsonIo.error(ctx, e));
            config.routes.exception(StorageException.class, (e, ctx) -> {
                LOG.warn("Storage failure answering {} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e);
                JsonIo.error(ctx, 503, Codes.STORAGE_UNAVAILABLE, "the server's database is unavailable; retry later",
                        true);
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) -> JsonIo.error(ctx, e.getStatus(),
                    codeFor(e.getStatus()), e.getMessage(), false));
            // The last line of defence at the network boundary: a bug must not put a stack trace on the wire.
            config.routes.exception(RuntimeException.class, (e, ctx) -> {
                LOG.error("Unexpected failure answering {} {}", ctx.method(), ctx.path(), e);
                JsonIo.error(ctx, 500, Codes.INTERNAL_ERROR, "the server failed unexpectedly; retry later", true);
            });
            config.routes.error(404, ctx -> JsonIo.error(ctx, 404, Codes.NOT_FOUND, "no such endpoint: "
                    + ctx.method() + " " + ctx.path(), false));
            config.routes.error(405, ctx -> JsonIo.error(ctx, 405, Codes.METHOD_NOT_ALLOWED, "method "
                    + ctx.method() + " is not allowed on " + ctx.path(), false));
        });
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 413 -> Codes.BODY_TOO_LARGE;
            case 404 -> Codes.NOT_FOUND;
            case 405 -> Codes.METHOD_NOT_ALLOWED;
            case 415 -> Codes.UNSUPPORTED_MEDIA_TYPE;
            default -> Codes.INVALID_REQUEST;
        };
    }
}
