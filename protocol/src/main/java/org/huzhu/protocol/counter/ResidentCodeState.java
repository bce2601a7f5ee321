package org.huzhu.protocol.counter;

import java.time.Instant;
import org.huzhu.protocol.sync.MayBeNull;

/**
 * One resident code as the counter lists it (docs/protocol.md §13.2); never its text or signature.
 *
 * @param issuedBy  the staff id ({@code S-…} of the staff card) who issued it
 * @param revokedAt when staff revoked it, or {@code null}
 * @param status    {@code active}, {@code revoked} or {@code expired} (at the time of the answer)
 */
public record ResidentCodeState(String codeId, String residentId, String purpose, Instant issuedAt,
        Instant expiresAt, String issuedBy, @MayBeNull Instant revokedAt, String status) {
}
