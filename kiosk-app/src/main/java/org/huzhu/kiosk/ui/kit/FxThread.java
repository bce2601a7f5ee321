package org.huzhu.kiosk.ui.kit;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * The one way back to the JavaFX application thread. Background work (disk, card readers, network) runs on executors;
 * its results reach the UI only through here, because properties bound to the scene graph may be changed on the FX
 * thread alone. ArchUnit ({@code ArchitectureTest}) forbids {@code Platform.runLater} anywhere else.
 */
public final class FxThread {

    private static final Executor EXECUTOR = FxThread::run;

    private FxThread() {
    }

    /** Runs {@code action} on the FX thread: at once if already there, else queued in order. */
    public static void run(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** An {@link Executor} view of {@link #run}, for {@code CompletableFuture.thenAcceptAsync(…, FxThread.executor())}. */
    public static Executor executor() {
        return EXECUTOR;
    }
}
