package org.huzhu.protocol.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.huzhu.protocol.policy.OfflineDecision.Allowed;
import org.huzhu.protocol.policy.OfflineDecision.AllowedByStaff;
import org.huzhu.protocol.policy.OfflineDecision.NeedsConnectionOrStaff;
import org.huzhu.protocol.policy.OfflineDecision.Reason;
import org.junit.jupiter.api.Test;

class OfflinePolicyTest {

    private static final Instant SNAPSHOT = Instant.parse("2026-11-20T08:00:00Z");
    private final OfflinePolicy policy = OfflinePolicy.DEFAULT;

    private static OfflineSpend spend(Duration after, long spentBefore, int minutes) {
        return new OfflineSpend(Optional.of(SNAPSHOT), SNAPSHOT.plus(after), spentBefore, minutes, false);
    }

    @Test
    void defaultsAre120MinutesAnd72Hours() {
        assertThat(policy.offlineLimitMinutes()).isEqualTo(120);
        assertThat(policy.maxOfflineAge()).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void spendsUpToTheLimitAreAllowedAndReportWhatRemains() {
        assertThat(policy.decide(spend(Duration.ofHours(1), 0, 60))).isEqualTo(new Allowed(60));
        assertThat(policy.decide(spend(Duration.ofHours(1), 60, 60))).isEqualTo(new Allowed(0));
    }

    @Test
    void oneMinuteBeyondTheLimitNeedsAConnectionOrStaff() {
        assertThat(policy.decide(spend(Duration.ofHours(1), 61, 60)))
                .isEqualTo(new NeedsConnectionOrStaff(Reason.OFFLINE_LIMIT_EXCEEDED, 59));
        assertThat(policy.decide(spend(Duration.ofHours(1), 200, 1)))
                .isEqualTo(new NeedsConnectionOrStaff(Reason.OFFLINE_LIMIT_EXCEEDED, 0));
    }

    @Test
    void theAgeLimitIsInclusiveAt72Hours() {
        assertThat(policy.decide(spend(Duration.ofHours(72), 0, 15)).allowed()).isTrue();
        assertThat(policy.decide(spend(Duration.ofHours(72).plusMillis(1), 0, 15)))
                .isEqualTo(new NeedsConnectionOrStaff(Reason.SNAPSHOT_TOO_OLD, 0));
    }

    @Test
    void withoutASnapshotNothingMayBeSpent() {
        var decision = policy.decide(new OfflineSpend(Optional.empty(), SNAPSHOT, 0, 1, false));

        assertThat(decision).isEqualTo(new NeedsConnectionOrStaff(Reason.NO_SNAPSHOT, 0));
        assertThat(((NeedsConnectionOrStaff) decision).reason().code()).isEqualTo("offline-no-snapshot");
    }

    @Test
    void staffOverrideAllowsBeyondBothLimits() {
        var spend = new OfflineSpend(Optional.of(SNAPSHOT), SNAPSHOT.plus(Duration.ofDays(10)), 500, 100, true);

        assertThat(policy.decide(spend)).isEqualTo(new AllowedByStaff());
    }

    @Test
    void aZeroLimitPolicyAllowsNoOfflineSpending() {
        var strict = new OfflinePolicy(0, Duration.ofHours(1));

        assertThat(strict.decide(spend(Duration.ZERO, 0, 1)).allowed()).isFalse();
    }
}
