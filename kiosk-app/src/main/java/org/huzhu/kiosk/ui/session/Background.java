package org.huzhu.kiosk.ui.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
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
