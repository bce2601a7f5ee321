package org.huzhu.kiosk.ui;

import java.time.Duration;
import java.time.Instant;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.sync.SnapshotState;

/**
 * Waits until a demo kiosk has what its embedded server sends a newcomer: the seeded transactions accepted and the
 * first snapshot applied (the catalogue with two times a day from tomorrow, today's volunteer tasks, 王秀英 with 240
 * minutes and 李建国 with 90, linked as family).
 */
public final class TestCommunity {

    /** The demo journal's own first transactions: two enrolments, the family link, two credits. */
    public static final long DEMO_SEED_TRANSACTIONS = 5;

    private TestCommunity() {
    }

    public static void awaitDemoSnapshot(KioskRuntime kiosk) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            SnapshotState state = kiosk.context().snapshotState().read();
            if (state.coversSequence() >= DEMO_SEED_TRANSACTIONS) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the demo kiosk had no snapshot covering its seed after 30 s: "
                + kiosk.context().snapshotState().read());
    }
}
