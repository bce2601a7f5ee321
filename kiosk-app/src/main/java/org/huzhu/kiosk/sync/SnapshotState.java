package org.huzhu.kiosk.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.protocol.policy.OfflinePolicy;
import org.huzhu.protocol.policy.SecondFactorPolicy;

/**
 * The server snapshot this kiosk works from, as the rest of the app needs it: its age (the offline policy counts from
 * {@code generatedAt}), the limits in force, and which of this kiosk's own transactions it already includes.
 *
 * @param version          the server's snapshot version; 0 before the first snapshot
 * @param generatedAt      server time the snapshot was taken; empty if this kiosk never had one
 * @param offlinePolicy    per-resident offline spending limit and the largest snapshot age for offline spending
 * @param overdraftMinutes hard limit: how far below zero a balance may go, in minutes
 * @param softLimitMinutes a spend leaving a balance below this is allowed with a warning, in minutes
 * @param coversSequence   every journal transaction up to this sequence had the server's verdict before the snapshot
 *                         was taken, so the snapshot's balances and slot counts already include the accepted ones;
 *                         local effects of later sequences must be added on top
 * @param appliedAt        kiosk time the snapshot was applied; empty if never
 * @param secondFactor     how many minutes one transfer may give after a face or resident-code sign-in without the
 *                         card (docs/protocol.md §8.1)
 */
public record SnapshotState(long version, Optional<Instant> generatedAt, OfflinePolicy offlinePolicy,
        long overdraftMinutes, long softLimitMinutes, long coversSequence, Optional<Instant> appliedAt,
        SecondFactorPolicy secondFactor) {

    /** Before the first snapshot: default limits, nothing covered; the offline policy refuses spending. */
    public static final SnapshotState NONE = new SnapshotState(0, Optional.empty(), OfflinePolicy.DEFAULT, 0, 60, 0,
            Optional.empty());

    public SnapshotState {
        Objects.requireNonNull(generatedAt);
        Objects.requireNonNull(offlinePolicy);
        Objects.requireNonNull(appliedAt);
        Objects.requireNonNull(secondFactor);
    }

    /** With the default second-factor limit. */
    public SnapshotState(long version, Optional<Instant> generatedAt, OfflinePolicy offlinePolicy,
            long overdraftMinutes, long softLimitMinutes, long coversSequence, Optional<Instant> appliedAt) {
        this(version, generatedAt, offlinePolicy, overdraftMinutes, softLimitMinutes, coversSequence, appliedAt,
                SecondFactorPolicy.DEFAULT);
    }

    /** Whether a balance may end at {@code minutes} (the hard limit). */
    public boolean allows(long minutes) {
        return minutes >= -overdraftMinutes;
    }

    /** Whether a balance of {@code minutes} is allowed but worth telling the resident about (the soft limit). */
    public boolean belowSoftLimit(long minutes) {
        return minutes < softLimitMinutes;
    }
}
