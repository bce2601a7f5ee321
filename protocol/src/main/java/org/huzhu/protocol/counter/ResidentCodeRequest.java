package org.huzhu.protocol.counter;

/**
 * The body of {@code POST /v1/counter/resident-codes} (docs/protocol.md §13.2): a code for an enrolled resident.
 *
 * @param residentId the resident's id, a lower-case UUID
 * @param purpose    {@code printed} (90 days) or {@code family-phone} (24 hours)
 */
public record ResidentCodeRequest(String residentId, String purpose) {
}
