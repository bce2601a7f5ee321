package org.huzhu.server.http;

import java.time.Duration;

/**
 * Bounds on what a request may cost the server.
 *
 * @param maxBodyBytes the largest request body read; a larger one is refused with 413 before it is read
 * @param idleTimeout  how long a request in progress may send nothing (its body arriving too slowly) before it is
 *                     answered 408; an idle connection between requests is closed after Jetty's connector timeout
 */
public record HttpLimits(long maxBodyBytes, Duration idleTimeout) {

    /** Jetty's own default, long enough for a slow mobile link to deliver a 1 MiB batch. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    public HttpLimits {
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBodyBytes must be 1.." + (Integer.MAX_VALUE - 16));
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive");
        }
    }

    public static HttpLimits withDefaultTimeout(long maxBodyBytes) {
        return new HttpLimits(maxBodyBytes, DEFAULT_IDLE_TIMEOUT);
    }
}
