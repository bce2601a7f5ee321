package org.huzhu.protocol.counter;

import java.time.Instant;
import org.huzhu.protocol.sync.MayBeNull;

/**
 * A transaction the server rejected, so staff can put it right (docs/protocol.md §7 "Rejection reasons").
 *
 * @param residentId the resident the transaction was for, {@code null} when it names none
 * @param receivedAt when the server judged it
 */
public record Rejection(String transactionId, String kioskId, long sequence, String type, Instant createdAt,
        String reason, @MayBeNull String residentId, Instant receivedAt) {
}
