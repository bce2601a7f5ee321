package org.huzhu.kiosk.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.speech.Speaker;
import org.huzhu.kiosk.ui.audit.KioskUnderTest;
import org.huzhu.kiosk.ui.audit.TourDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Headless (Monocle) tests of the shell on a real demo kiosk that each test opens with its own settings. */
abstract class KioskShellTest {

    @TempDir
    Path data;

    KioskUnderTest kiosk;
    TourDriver driver;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeKiosk() throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    void open(KioskConfig config, Optional<Speaker> speaker) throws Exception {
        kiosk = KioskUnderTest.open(data, config, speaker);
        driver = new TourDriver(new FxRobot(), kiosk);
    }
}
