package org.huzhu.protocol.counter;

import java.time.Instant;
import org.huzhu.protocol.sync.MayBeNull;

/**
 * A resident as the counter lists them.
 *
 * @param memberNumber   the centre's short number for them, {@code M} and 6 digits, given by the server in the order
 *                       residents were first enrolled
 * @param phoneMasked    the phone number with all but its last 4 digits hidden ({@code ••• 5678}), {@code ""} if none
 *                       was kept
 * @param enrolledAt     the {@code createdAt} of their first accepted {@code resident.enrolled}
 * @param lastExchangeAt the {@code createdAt} of their latest accepted ledger posting, {@code null} if none
 * @param status         {@code active}, or {@code closed} once staff closed the account ({@code resident.closed}):
 *                       a closed resident stays listed, with their statement
 */
public record ResidentSummary(String residentId, String displayName, String memberNumber, long balanceMinutes,
        String phoneMasked, Instant enrolledAt, @MayBeNull Instant lastExchangeAt, String status) {
}
