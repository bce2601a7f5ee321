package org.huzhu.kiosk.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class IdleTimerTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void firesAfterTheIdleTimeButInputRestartsTheWait() throws Exception {
        AtomicInteger fired = new AtomicInteger();
        StackPane root = new StackPane();
        Scene scene = WaitForAsyncUtils.asyncFx(() -> new Scene(root)).get(5, TimeUnit.SECONDS);
        IdleTimer timer = WaitForAsyncUtils.asyncFx(() -> {
            IdleTimer t = new IdleTimer(scene, Duration.ofMillis(1500), fired::incrementAndGet);
            t.start();
            return t;
        }).get(5, TimeUnit.SECONDS);

        for (int i = 0; i < 8; i++) { // 8 × 300 ms of "typing": longer than the idle time, but never idle
            Thread.sleep(300);
            WaitForAsyncUtils.asyncFx(() -> root.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.A,
                    false, false, false, false))).get(5, TimeUnit.SECONDS);
        }
        assertThat(fired).hasValue(0);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fired.get() == 1);
        WaitForAsyncUtils.asyncFx(timer::stop).get(5, TimeUnit.SECONDS);
    }

    @Test
    void stoppedTimerNeverFires() throws Exception {
        AtomicInteger fired = new AtomicInteger();
        Scene scene = WaitForAsyncUtils.asyncFx(() -> new Scene(new StackPane())).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            IdleTimer t = new IdleTimer(scene, Duration.ofMillis(200), fired::incrementAndGet);
            t.start();
            t.stop();
        }).get(5, TimeUnit.SECONDS);

        Thread.sleep(600);
        assertThat(fired).hasValue(0);
    }
}
