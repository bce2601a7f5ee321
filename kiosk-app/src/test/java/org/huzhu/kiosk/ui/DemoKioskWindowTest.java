package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.config.KioskConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

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

    /** The demo tray takes the next card once the last one has been taken away (1.5 s after its tap). */
    protected static void awaitTrayReady(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#demo-li").query().isDisabled()).as("tray busy while a card is on the reader").isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#demo-li").query().isDisabled());
    }

    protected static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    protected static void awaitText(FxRobot robot, String query, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQueryAs(Labeled.class)
                .map(l -> expected.equals(l.getText()) && l.getScene() != null).orElse(false));
    }

    protected static void awaitShown(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(node -> node.getScene() != null && isShown(node)).orElse(false));
    }

    protected static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
