package org.huzhu.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.Collections;
import org.huzhu.protocol.sync.ErrorBody;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;

/** Reading request bodies strictly and writing JSON answers. Stateless. */
final class JsonIo {

    private JsonIo() {
    }

    /** The body as {@code type}, after the Content-Type check (415) and the strict reading of {@link RequestJson}. */
    static <T> T read(Context ctx, byte[] body, Class<T> type) throws ApiException {
        // Two Content-Type headers could be read either way by whoever stands between kiosk and server: refused.
        if (Collections.list(ctx.req().getHeaders("Content-Type")).size() != 1
                || !JsonContentType.accepts(ctx.header("Content-Type"))) {
            throw new ApiException(415, Codes.UNSUPPORTED_MEDIA_TYPE,
                    "the body must be Content-Type application/json (at most with charset=utf-8)");
        }
        return RequestJson.read(body, type);
    }

    /** Marks a request whose answer our code wrote, so Javalin's status mappers leave it alone. */
    private static final String ANSWERED = "huzhu-answered";

    static void write(Context ctx, int status, Object value) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status).contentType("application/json").result(bytes(value));
    }

    /** Whether {@link #write} answered this request (a 404 of ours, unlike routing's, names what is missing). */
    static boolean answered(Context ctx) {
        return ctx.attribute(ANSWERED) != null;
    }

    /** Our own answer types always serialise; a failure here is a bug. */
    static byte[] bytes(Object value) {
        try {
            return SyncJson.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("our own answer types always serialise", e);
        }
    }

    static void error(Context ctx, int status, String code, String message, boolean retryable) {
        write(ctx, status, new ErrorBody(code, message, retryable));
    }

    static void error(Context ctx, ApiException e) {
        error(ctx, e.status(), e.code(), e.getMessage(), e.retryable());
    }
}
