package org.huzhu.server.http;

import org.huzhu.server.api.Codes;

/**
 * The error code and retry advice (docs/protocol.md §9) for a refusal known only by its HTTP status: those of Jetty's
 * parser and of Javalin's routing, which carry no code of ours. Stateless.
 */
final class StatusCodes {

    /** 408: the request did not arrive in time; a slow network, so sending it again may succeed. */
    static final String REQUEST_TIMEOUT = "request-timeout";

    private StatusCodes() {
    }

    static String codeFor(int status) {
        return switch (status) {
            case 404 -> Codes.NOT_FOUND;
            case 405 -> Codes.METHOD_NOT_ALLOWED;
            case 408 -> REQUEST_TIMEOUT;
            case 413 -> Codes.BODY_TOO_LARGE;
            case 415 -> Codes.UNSUPPORTED_MEDIA_TYPE;
            // 505: the client spoke an HTTP version we do not; the server is not at fault and a retry cannot help.
            default -> status >= 500 && status != 505 ? Codes.INTERNAL_ERROR : Codes.INVALID_REQUEST;
        };
    }

    static boolean retryable(int status) {
        return status == 408 || codeFor(status).equals(Codes.INTERNAL_ERROR);
    }
}
