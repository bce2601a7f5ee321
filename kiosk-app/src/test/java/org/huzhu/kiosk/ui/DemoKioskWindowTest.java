package org.huzhu.kiosk.ui;

import java.nio.file.Path;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.config.KioskConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Headless (Monocle) flow tests on a real demo kiosk in its own temporary data folder, one per test. (TestFX looks for
 * {@code @Start} only in the test class itself, so the window is opened here with {@link FxToolkit#setupStage}.)
 */
@ExtendWith(ApplicationExtension.class)
abstract class DemoKioskWindowTest {

    @TempDir
    Path data;

    KioskRuntime kiosk;

    @BeforeEach
    void openKiosk() throws Exception {
        kiosk = TestKiosks.demo(data, KioskConfig.DEFAULTS);
        FxToolkit.setupStage(stage -> KioskWindow.open(stage, kiosk.context()));
    }

    @AfterEach
    void closeKiosk() throws Exception {
        kiosk.close();
    }
}
