package org.huzhu.kiosk.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A second tap while the first is being recorded records nothing; a failure frees the button again. */
class BackgroundTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aTapWhileTheLastIsBeingRecordedDoesNothing() throws Exception {
        BooleanProperty working = new SimpleBooleanProperty(false);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger recorded = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Background.Work<Integer> record = () -> {
            release.await(10, TimeUnit.SECONDS);
            return recorded.incrementAndGet();
        };

        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            Background.recordOnce(working, record, result -> done.incrementAndGet(), failure -> { });
            Background.recordOnce(working, record, result -> done.incrementAndGet(), failure -> { });
        });
        assertThat(working.get()).isTrue();
        release.countDown();
        awaitFalse(working);

        assertThat(recorded).hasValue(1);
        assertThat(done).hasValue(1);
    }

    @Test
    void aFailureReachesTheScreenAndTheNextTapIsRecorded() throws Exception {
        BooleanProperty working = new SimpleBooleanProperty(false);
        AtomicReference<Exception> failed = new AtomicReference<>();
        IllegalStateException refused = new IllegalStateException("refused");

        Platform.runLater(() -> Background.recordOnce(working, () -> {
            throw refused;
        }, result -> { }, failed::set));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> failed.get() != null);
        assertThat(failed.get()).isSameAs(refused);
        assertThat(working.get()).isFalse();

        AtomicInteger recorded = new AtomicInteger();
        Platform.runLater(() -> Background.recordOnce(working, recorded::incrementAndGet, result -> { }, failed::set));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> recorded.get() == 1);
    }

    private static void awaitFalse(BooleanProperty working) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !working.get());
    }
}
