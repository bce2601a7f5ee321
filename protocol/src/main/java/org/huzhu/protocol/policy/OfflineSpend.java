package org.huzhu.protocol.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One resident's wish to spend minutes, with what the deciding side knows.
 *
 * @param snapshotAt                 server time of the snapshot the kiosk works from ({@code generatedAt}); empty if it
 *                                   never had one
 * @param at                         when the spend happens (the transaction's {@code createdAt})
 * @param minutesSpentSinceSnapshot  this resident's redeemed and transferred-away minutes at this kiosk since
 *                                   {@code snapshotAt}, before this spend
 * @param minutes                    this spend, in minutes
 * @param staffOverride              a staff member authorised it (signed in by staff card and PIN)
 */
public record OfflineSpend(Optional<Instant> snapshotAt, Instant at, long minutesSpentSinceSnapshot, int minutes,
        boolean staffOverride) {

    public OfflineSpend {
        Objects.requireNonNull(snapshotAt, "snapshotAt");
        Objects.requireNonNull(at, "at");
        if (minutesSpentSinceSnapshot < 0 || minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
    }
}
