package org.huzhu.kiosk.ui.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import org.huzhu.kiosk.ui.kit.FxThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a screen's blocking service call (storage, journal) off the FX thread and hands the result or the failure back
 * on it (ADR 0003). The failure is what the service threw, unwrapped; unexpected ones are logged here.
 */
public final class Background {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);
    private static final ExecutorService WORKERS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("ui-work-", 0).factory());

    /** A service call that may fail with a checked exception. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    private Background() {
    }

    /**
     * Records a resident's action at most once at a time: while {@code working} is true (the previous tap is still
     * being recorded) a tap does nothing, so a double tap never books, gives or checks in twice. {@code working} is
     * true from here until {@code done} or {@code failed} runs; views bind their buttons' disabled state to it.
     */
    public static <T> void recordOnce(BooleanProperty working, Work<T> work, Consumer<T> done,
            Consumer<Exception> failed) {
        if (working.get()) {
            return;
        }
        working.set(true);
        run(work, result -> {
            working.set(false);
            done.accept(result);
        }, failure -> {
            working.set(false);
            failed.accept(failure);
        });
    }

    public static <T> void run(Work<T> work, Consumer<T> done, Consumer<Exception> failed) {
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, WORKERS).whenCompleteAsync((result, error) -> {
            if (error == null) {
                done.accept(result);
                return;
            }
            Throwable cause = error instanceof CompletionException ? error.getCause() : error;
            if (cause instanceof Exception exception) {
                failed.accept(exception);
            } else {
                LOG.error("A screen's background work failed", cause);
                failed.accept(new IllegalStateException(cause));
            }
        }, FxThread.executor());
    }
}
