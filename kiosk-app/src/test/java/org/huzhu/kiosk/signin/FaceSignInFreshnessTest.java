package org.huzhu.kiosk.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.huzhu.kiosk.sync.SnapshotState;
import org.huzhu.protocol.policy.OfflinePolicy;
import org.junit.jupiter.api.Test;

/** ADR 0019: a kiosk signs in by face only while its snapshot is within the offline policy's age limit. */
class FaceSignInFreshnessTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final OfflinePolicy POLICY = new OfflinePolicy(120, Duration.ofHours(72));

    @Test
    void aSnapshotWithinTheAgeLimitAllowsFaceSignIn() {
        assertThat(CameraSignInService.faceSignInAllowed(snapshotAt(NOW.minus(Duration.ofHours(72))), NOW)).isTrue();
        assertThat(CameraSignInService.faceSignInAllowed(snapshotAt(NOW), NOW)).isTrue();
    }

    @Test
    void anOlderSnapshotOrNoneAllowsCodesOnly() {
        assertThat(CameraSignInService.faceSignInAllowed(snapshotAt(NOW.minus(Duration.ofHours(72)).minusSeconds(1)),
                NOW)).isFalse();
        assertThat(CameraSignInService.faceSignInAllowed(SnapshotState.NONE, NOW)).isFalse();
    }

    private static SnapshotState snapshotAt(Instant generatedAt) {
        return new SnapshotState(7, Optional.of(generatedAt), POLICY, 0, 60, 0, Optional.of(generatedAt));
    }
}
