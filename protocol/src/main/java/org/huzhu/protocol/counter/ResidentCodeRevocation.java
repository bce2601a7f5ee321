package org.huzhu.protocol.counter;

/**
 * The body of {@code POST /v1/counter/resident-codes/{codeId}/revoke}: why staff revoke the code (1..200 characters,
 * e.g. "phone lost"), kept for the file.
 */
public record ResidentCodeRevocation(String reason) {
}
