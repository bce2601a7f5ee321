package org.huzhu.kiosk.desk;

import java.nio.file.Path;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.counter.CounterClient;
import org.huzhu.kiosk.signin.SignInOutcomes;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.ui.TestCommunity;
import org.huzhu.kiosk.ui.TestKiosks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo counter with 张丽 signed in: its real SQLite journal, the demo staff card signing through the real reader
 * service, and the demo kiosk's embedded server on loopback, which has the demo community once the kiosk's snapshot
 * covers its seed. Subclasses test one counter service against it.
 */
abstract class SignedInCounterTest {

    @TempDir
    Path data;

    TestKiosks.DemoCounter stations;
    KioskRuntime counter;
    CounterClient server;
    final SignInOutcomes outcomes = new SignInOutcomes();
    StaffSession staff;

    @BeforeEach
    final void signIn() throws Exception {
        stations = TestKiosks.demoCounter(data, KioskConfig.DEFAULTS);
        counter = stations.counter();
        server = counter.counterContext().server().orElseThrow();
        counter.context().signIn().onOutcome(outcomes);
        staff = CounterStations.signInStaff(counter, outcomes);
        TestCommunity.awaitDemoSnapshot(stations.kiosk());
    }

    @AfterEach
    final void closeStations() throws Exception {
        stations.close();
    }
}
