package org.huzhu.server.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.huzhu.protocol.sync.ErrorBody;
import org.huzhu.server.api.Codes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's error pages as our JSON error body (docs/protocol.md §9) instead of its HTML: what the HTTP parser refuses
 * before any handler runs (no Host, oversized headers, a request line too long, bad URI encoding, an HTTP version we do
 * not speak, a Content-Length that is no number), and what reaches Jetty past Javalin's own handlers. Installed on the
 * server and on the servlet context. Stateless, so thread-safe.
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JsonErrorHandler.class);

    private final long maxBodyBytes;

    JsonErrorHandler(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
        int status = response.getStatus();
        String reason = null;
        if (cause instanceof HttpException http) {
            status = http.getCode();
            reason = http.getReason();
        }
        ErrorBody body;
        if (status == HttpStatus.BAD_REQUEST_400 && overflowedContentLength(cause)) {
            status = HttpStatus.PAYLOAD_TOO_LARGE_413;
            body = new ErrorBody(Codes.BODY_TOO_LARGE, RequestBody.tooLarge(maxBodyBytes).getMessage(), false);
        } else {
            body = new ErrorBody(StatusCodes.codeFor(status), message(status, reason), StatusCodes.retryable(status));
        }
        LOG.debug("HTTP {} for {} {}: {}", status, request.getMethod(), request.getHttpURI(), body.message(), cause);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(ERROR_CACHE_CONTROL);
        if (HttpStatus.hasNoBody(status) || HttpMethod.HEAD.is(request.getMethod())) {
            callback.succeeded();
        } else {
            response.write(true, ByteBuffer.wrap(JsonIo.bytes(body)), callback);
        }
        return true;
    }

    /**
     * Jetty's parser reads Content-Length with exact arithmetic: a value too long for a long fails with an
     * ArithmeticException, where one that is not a number fails with a NumberFormatException. Only the first is a
     * body beyond our limit, to be answered as any other (413), not as a malformed header.
     */
    private static boolean overflowedContentLength(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ArithmeticException) {
                return true;
            }
        }
        return false;
    }

    private static String message(int status, String reason) {
        if (StatusCodes.retryable(status) && status != HttpStatus.REQUEST_TIMEOUT_408) {
            return "the server failed unexpectedly; retry later";
        }
        String what = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        return "the HTTP request was refused: " + what;
    }
}
