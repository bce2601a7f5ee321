package org.huzhu.kiosk.health;

import org.huzhu.kiosk.signin.SignInService;

/** The card readers: failing while none is usable (the camera, if any, may still sign residents in). */
final class CardReaderCheck implements HealthCheck {

    private final SignInService signIn;

    CardReaderCheck(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.CARD_READERS;
    }

    @Override
    public CheckResult check() {
        if (!signIn.anyReaderAvailable()) {
            return CheckResult.failing(kind(), "health.reason.readers.none");
        }
        return CheckResult.ok(kind(), "health.reason.readers.ok", Math.max(1, signIn.readerCount()));
    }
}
