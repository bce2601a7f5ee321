package org.huzhu.kiosk.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class FxThreadTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void workFromABackgroundThreadArrivesOnTheFxThreadInOrder() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 50; i++) {
                int n = i;
                FxThread.run(() -> seen.add(n + ":" + Platform.isFxApplicationThread()));
            }
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(seen).hasSize(50).allMatch(s -> s.endsWith(":true"));
        assertThat(seen.get(0)).startsWith("0:");
        assertThat(seen.get(49)).startsWith("49:");
    }

    @Test
    void onTheFxThreadItRunsAtOnce() throws Exception {
        boolean ranInline = WaitForAsyncUtils.asyncFx(() -> {
            boolean[] ran = {false};
            FxThread.run(() -> ran[0] = true);
            return ran[0];
        }).get(10, TimeUnit.SECONDS);

        assertThat(ranInline).isTrue();
    }

    @Test
    void executorFeedsCompletableFutures() throws Exception {
        String thread = CompletableFuture.supplyAsync(() -> "disk result")
                .thenApplyAsync(result -> Thread.currentThread().getName(), FxThread.executor())
                .get(10, TimeUnit.SECONDS);

        assertThat(thread).isEqualTo("JavaFX Application Thread");
    }
}
