package org.huzhu.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import org.huzhu.protocol.sync.ErrorBody;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;

/** Reading request bodies strictly and writing JSON answers. Stateless. */
final class JsonIo {

    private JsonIo() {
    }

    static <T> T read(Context ctx, byte[] body, Class<T> type) throws ApiException {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, Codes.UNSUPPORTED_MEDIA_TYPE, "the body must be application/json");
        }
        try {
            T value = SyncJson.MAPPER.readValue(body, type);
            if (value == null) {
                throw new ApiException(400, Codes.MALFORMED_JSON, "the body is JSON null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new ApiException(400, Codes.MALFORMED_JSON, "the body is not the expected JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiException(400, Codes.MALFORMED_JSON, "the body cannot be read: " + e.getMessage());
        }
    }

    static void write(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType("application/json").result(SyncJson.MAPPER.writeValueAsBytes(value));
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
