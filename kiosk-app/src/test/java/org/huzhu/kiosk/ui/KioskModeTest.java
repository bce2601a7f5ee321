package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.config.KioskConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Headless (Monocle): kiosk mode locks the window down; demo mode is an ordinary window. */
class KioskModeTest {

    @TempDir
    Path data;

    private Stage stage;
    private KioskRuntime kiosk;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(10, TimeUnit.SECONDS);
        kiosk.close();
    }

    @Test
    void kioskModeIsFullScreenUndecoratedAndCannotBeClosedOrEscaped() throws Exception {
        stage = open(KioskConfig.DEFAULTS.withKioskMode(true));

        assertThat(stage.getStyle()).isEqualTo(StageStyle.UNDECORATED);
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(stage.getFullScreenExitKeyCombination()).isEqualTo(KeyCombination.NO_MATCH);
        assertThat(stage.getFullScreenExitHint()).isEmpty();

        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).as("still open after a close request").isTrue();
    }

    @Test
    void demoModeIsANormalWindow() throws Exception {
        stage = open(KioskConfig.DEFAULTS);

        assertThat(stage.getStyle()).isEqualTo(StageStyle.DECORATED);
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(stage.getTitle()).isEqualTo("互助自助服务机 · 互助社区服务中心");
    }

    private Stage open(KioskConfig config) throws Exception {
        kiosk = TestKiosks.demo(data, config);
        return WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            KioskWindow.open(s, kiosk.context());
            return s;
        }).get(10, TimeUnit.SECONDS);
    }
}
