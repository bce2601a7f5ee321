package org.huzhu.protocol.sync;

/**
 * Every error answer's body.
 *
 * @param code      stable, machine-readable, e.g. {@code replayed-request}
 * @param message   plain-language explanation for logs and staff
 * @param retryable whether sending the same request again (re-signed) may succeed
 */
public record ErrorBody(String code, String message, boolean retryable) {
}
