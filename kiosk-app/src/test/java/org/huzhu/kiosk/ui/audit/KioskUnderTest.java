package org.huzhu.kiosk.ui.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.speech.Speaker;
import org.huzhu.kiosk.ui.KioskWindow;
import org.huzhu.kiosk.ui.TestKiosks;
import org.huzhu.kiosk.ui.shell.ShellController;
import org.huzhu.kiosk.storage.StorageException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real demo kiosk (see {@link TestKiosks}) in TestFX's primary stage (headless Monocle in Surefire), with the speech
 * engine of the test's choice. Call {@code FxToolkit.registerPrimaryStage()} once first; close what you open.
 */
public final class KioskUnderTest implements AutoCloseable {

    private final KioskRuntime runtime;
    private final ShellController shell;

    private KioskUnderTest(KioskRuntime runtime, ShellController shell) {
        this.runtime = runtime;
        this.shell = shell;
    }

    public static KioskUnderTest open(Path data, KioskConfig config, Optional<Speaker> speaker) throws Exception {
        KioskRuntime runtime = TestKiosks.demo(data, config);
        AtomicReference<ShellController> shell = new AtomicReference<>();
        FxToolkit.setupStage(stage -> shell.set(KioskWindow.open(stage, runtime.context(), speaker)));
        WaitForAsyncUtils.waitForFxEvents();
        return new KioskUnderTest(runtime, shell.get());
    }

    /** The default settings with other idle times: asks after {@code promptAfter}, then waits {@code countdown}. */
    public static KioskConfig idleTimes(Duration promptAfter, Duration countdown) {
        KioskConfig d = KioskConfig.DEFAULTS;
        return new KioskConfig(d.centreName(), d.language(), d.kioskMode(), promptAfter, countdown, d.signatureSuite(),
                d.keyPassphrase(), d.readerHint());
    }

    public KioskRuntime runtime() {
        return runtime;
    }

    public ShellController shell() {
        return shell;
    }

    /** Stops the window's timers (the next test reuses the stage) and closes the kiosk's services. */
    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(shell::deactivate).get(10, TimeUnit.SECONDS);
        try {
            runtime.close();
        } catch (StorageException e) {
            throw new IllegalStateException("closing the test kiosk", e);
        }
    }
}
