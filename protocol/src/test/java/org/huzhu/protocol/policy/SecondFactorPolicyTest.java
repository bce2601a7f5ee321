package org.huzhu.protocol.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.HoursTransferred;
import org.junit.jupiter.api.Test;

class SecondFactorPolicyTest {

    private static final String HASH = "a".repeat(64);
    private static final UUID GIVER = UUID.randomUUID();
    private static final UUID TAKER = UUID.randomUUID();
    private final SecondFactorPolicy policy = new SecondFactorPolicy(60);

    private static HoursTransferred transfer(int minutes) {
        return new HoursTransferred(GIVER, TAKER, minutes);
    }

    @Test
    void aFaceOrCodeMayGiveUpToTheLimitButNotAMinuteMore() {
        for (SignInMethod weak : new SignInMethod[] {SignInMethod.FACE, SignInMethod.RESIDENT_CODE}) {
            Actor actor = new Actor(HASH, weak);
            assertThat(policy.refusal(actor, transfer(60), false)).isEmpty();
            assertThat(policy.refusal(actor, transfer(61), false)).contains("second-factor-required");
        }
    }

    @Test
    void theCardOrAStaffAuthorisationNeedsNoSecondFactor() {
        assertThat(policy.refusal(new Actor(HASH, SignInMethod.CARD), transfer(500), false)).isEmpty();
        assertThat(policy.refusal(new Actor(HASH, SignInMethod.FACE), transfer(500), true)).isEmpty();
    }

    @Test
    void onlyGivingAwayIsLimited() {
        assertThat(policy.refusal(new Actor(HASH, SignInMethod.FACE),
                new HoursRedeemed(GIVER, 500, UUID.randomUUID(), ""), false)).isEmpty();
    }
}
