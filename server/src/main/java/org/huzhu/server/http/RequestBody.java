package org.huzhu.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeoutException;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;

/**
 * Reads a request body once, as raw bytes, at most {@code maxBytes} of them. A declared {@code Content-Length} above
 * the limit is refused before this runs ({@link HttpApi}); this catches chunked bodies, which declare none. A body that
 * cannot be read (broken chunking, the client gone, too slow) is the client's failure, not the server's: it must not
 * reach the 500 that Javalin gives an unexpected I/O exception. Stateless.
 */
final class RequestBody {

    private RequestBody() {
    }

    static byte[] read(Context ctx, long maxBytes) throws ApiException {
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] body = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (body.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return body;
        } catch (IOException e) {
            if (causedByTimeout(e)) {
                throw new ApiException(408, StatusCodes.REQUEST_TIMEOUT,
                        "the request body did not arrive in time; send it again", true);
            }
            throw new ApiException(400, Codes.INVALID_REQUEST, "the request body cannot be read (broken framing or "
                    + "the connection ended early)");
        }
    }

    static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, Codes.BODY_TOO_LARGE, "the body is larger than the " + maxBytes
                + " bytes accepted; send fewer envelopes per batch");
    }

    private static boolean causedByTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
