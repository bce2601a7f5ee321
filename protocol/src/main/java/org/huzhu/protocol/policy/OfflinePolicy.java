package org.huzhu.protocol.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * When a kiosk may let a resident spend time-bank minutes (redeem or transfer) on what it last learned from the server,
 * and the rule the server applies again when it judges those transactions, so nothing allowed at the kiosk surprises
 * anyone at sync. Spending is allowed only while the snapshot is at most {@code maxOfflineAge} old and the resident has
 * spent at most {@code offlineLimitMinutes} in total since that snapshot; beyond either, a connection (a fresh
 * snapshot) or a staff override is needed. The balance and the overdraft are checked separately. Immutable,
 * thread-safe, pure.
 *
 * @param offlineLimitMinutes per resident, summed over spends since the snapshot, in minutes
 * @param maxOfflineAge       how old the snapshot may be when the spend happens
 */
public record OfflinePolicy(int offlineLimitMinutes, Duration maxOfflineAge) {

    public static final int DEFAULT_OFFLINE_LIMIT_MINUTES = 120;
    public static final Duration DEFAULT_MAX_OFFLINE_AGE = Duration.ofHours(72);
    public static final OfflinePolicy DEFAULT = new OfflinePolicy(DEFAULT_OFFLINE_LIMIT_MINUTES,
            DEFAULT_MAX_OFFLINE_AGE);

    public OfflinePolicy {
        if (offlineLimitMinutes < 0) {
            throw new IllegalArgumentException("offlineLimitMinutes must not be negative");
        }
        Objects.requireNonNull(maxOfflineAge, "maxOfflineAge");
        if (maxOfflineAge.isNegative()) {
            throw new IllegalArgumentException("maxOfflineAge must not be negative");
        }
    }

    /** Judges one spend. */
    public OfflineDecision decide(OfflineSpend spend) {
        if (spend.staffOverride()) {
            return new OfflineDecision.AllowedByStaff();
        }
        if (spend.snapshotAt().isEmpty()) {
            return new OfflineDecision.NeedsConnectionOrStaff(OfflineDecision.Reason.NO_SNAPSHOT, 0);
        }
        Duration age = Duration.between(spend.snapshotAt().get(), spend.at());
        if (age.compareTo(maxOfflineAge) > 0) {
            return new OfflineDecision.NeedsConnectionOrStaff(OfflineDecision.Reason.SNAPSHOT_TOO_OLD, 0);
        }
        long remaining = Math.max(0L, (long) offlineLimitMinutes - spend.minutesSpentSinceSnapshot());
        if (spend.minutes() > remaining) {
            return new OfflineDecision.NeedsConnectionOrStaff(OfflineDecision.Reason.OFFLINE_LIMIT_EXCEEDED,
                    (int) remaining);
        }
        return new OfflineDecision.Allowed((int) (remaining - spend.minutes()));
    }
}
