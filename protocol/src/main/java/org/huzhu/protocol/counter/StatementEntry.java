package org.huzhu.protocol.counter;

import java.time.Instant;
import org.huzhu.protocol.sync.MayBeNull;

/**
 * One accepted transaction that moved a resident's minutes, or ended or changed a family link of theirs (with
 * {@code minutes} 0 and the other resident as {@code counterpartyId}), as their statement shows it.
 *
 * @param minutes         signed: positive when minutes came to the resident, negative when they left
 * @param counterpartyId  the other resident of a transfer or family transaction, {@code null} for the community pool
 * @param reverses        the transaction this one undoes: a {@code transaction.reversed}'s, or the redemption a
 *                        {@code booking.cancelled} refunded; {@code null} otherwise
 * @param reversedBy      the reversal or refund that undid this transaction, {@code null} if it stands
 * @param reason          the reason given (a reversal's, a confirmation's, a cancellation's, an unlink's), {@code ""}
 *                        if none
 */
public record StatementEntry(String transactionId, String type, Instant createdAt, long minutes,
        @MayBeNull String counterpartyId, @MayBeNull String reverses, @MayBeNull String reversedBy, String reason) {
}
