package org.huzhu.server.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.huzhu.protocol.sync.ErrorBody;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;
import org.huzhu.server.auth.RequestAuthenticator;
import org.huzhu.server.catalogue.SnapshotService;
import org.huzhu.server.identity.ServerIdentity;
import org.huzhu.server.ingest.BatchIngest;
import org.huzhu.server.kiosk.Enrolment;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP JSON service (Javalin on Jetty). Every answer, including every failure, is a JSON body, from our handlers,
 * from Javalin's routing and from Jetty's parser alike; a stack trace never leaves the server (it goes to the log).
 * Bodies above {@link HttpLimits#maxBodyBytes} are refused before they are read.
 */
public final class HttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    private static final ErrorBody INTERNAL_ERROR = new ErrorBody(Codes.INTERNAL_ERROR,
            "the server failed unexpectedly; retry later", true);

    private HttpApi() {
    }

    /** Builds the service; the caller starts and stops it. {@code database} answers the health check. */
    public static Javalin create(RequestAuthenticator authenticator, Enrolment enrolment, BatchIngest ingest,
            SnapshotService snapshots, ServerIdentity identity, Database database, CounterEndpoints counter,
            InstitutionEndpoints institutions, HospitalEndpoints hospital, FaceEndpoints faces,
            HeartbeatEndpoint heartbeat, LogEndpoints log, HttpLimits limits) {
        ApiHandlers handlers = new ApiHandlers(authenticator, enrolment, ingest, snapshots, identity, database,
                limits.maxBodyBytes());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = Math.max(limits.maxBodyBytes(), CounterEndpoints.MAX_DOCUMENT_BODY_BYTES);
            config.http.prefer405over404 = true;
            jettyAnswersInJson(config, limits);
            config.routes.before(ctx -> {
                // The long form: the servlet's int form is -1 for a length beyond 2^31, which would let it through.
                long limit = ctx.path().equals(CounterEndpoints.DOCUMENTS) ? CounterEndpoints.MAX_DOCUMENT_BODY_BYTES
                        : limits.maxBodyBytes();
                if (ctx.req().getContentLengthLong() > limit) {
                    throw RequestBody.tooLarge(limit);
                }
            });
            config.routes.get("/v1/health", handlers::health);
            config.routes.get("/v1/server-key", handlers::serverKey);
            config.routes.post("/v1/enrolment", handlers::enrol);
            config.routes.get("/v1/kiosk", handlers::kioskStatus);
            config.routes.post("/v1/batches", handlers::batch);
            config.routes.get("/v1/snapshot", handlers::snapshot);
            counter.register(config);
            institutions.register(config);
            hospital.register(config);
            faces.register(config);
            heartbeat.register(config);
            log.register(config);
            mapFailures(config);
        });
    }

    /** Jetty's own refusals as JSON, and the time a request in progress may stall. */
    private static void jettyAnswersInJson(JavalinConfig config, HttpLimits limits) {
        JsonErrorHandler errors = new JsonErrorHandler(limits.maxBodyBytes());
        config.jetty.modifyServer(server -> server.setErrorHandler(errors));
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
        config.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(limits.idleTimeout().toMillis()));
    }

    private static void mapFailures(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> JsonIo.error(ctx, e));
        config.routes.exception(StorageException.class, (e, ctx) -> {
            LOG.warn("Storage failure answering {} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e);
            JsonIo.error(ctx, 503, Codes.STORAGE_UNAVAILABLE, "the server's database is unavailable; retry later",
                    true);
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> JsonIo.error(ctx, e.getStatus(),
                StatusCodes.codeFor(e.getStatus()), e.getMessage(), StatusCodes.retryable(e.getStatus())));
        // The last line of defence at the network boundary: a bug must not put a stack trace, an HTML page or
        // Javalin's plain "Server Error" on the wire. Exception, not RuntimeException: Kotlin code throws checked
        // exceptions undeclared.
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure answering {} {}", ctx.method(), ctx.path(), e);
            JsonIo.write(ctx, 500, INTERNAL_ERROR);
        });
        config.router.javaLangErrorHandler((response, error) -> {
            LOG.error("Fatal error answering a request", error);
            writeInternalError(response);
        });
        config.routes.error(404, ctx -> {
            if (!JsonIo.answered(ctx)) {
                JsonIo.error(ctx, 404, Codes.NOT_FOUND, "no such endpoint: " + ctx.method() + " " + ctx.path(),
                        false);
            }
        });
        config.routes.error(405, ctx -> JsonIo.error(ctx, 405, Codes.METHOD_NOT_ALLOWED, "method "
                + ctx.method() + " is not allowed on " + ctx.path(), false));
    }

    /** For a java.lang.Error, which Javalin hands over with the bare servlet response. */
    private static void writeInternalError(HttpServletResponse response) {
        if (response.isCommitted()) {
            return; // part of an answer is on the wire already; Jetty ends the connection
        }
        response.reset();
        response.setStatus(500);
        response.setContentType("application/json");
        try {
            response.getOutputStream().write(JsonIo.bytes(INTERNAL_ERROR));
        } catch (IOException e) {
            LOG.debug("The client is gone; the 500 was not delivered", e);
        }
    }
}
