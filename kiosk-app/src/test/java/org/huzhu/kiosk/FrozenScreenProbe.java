package org.huzhu.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Platform;
import org.huzhu.kiosk.app.DataFolder;

/**
 * Child-JVM program for the watchdog test: runs {@code huzhu-kiosk --demo} in {@code DATA_DIR} and, once the file
 * {@code FREEZE} appears, blocks the FX thread for good, as a hung screen would. Usage: {@code FrozenScreenProbe
 * DATA_DIR FREEZE}.
 */
public final class FrozenScreenProbe {

    private FrozenScreenProbe() {
    }

    public static void main(String[] args) {
        Path freeze = Path.of(args[1]);
        Thread.ofPlatform().daemon().start(() -> {
            try {
                while (!Files.exists(freeze)) {
                    Thread.sleep(100);
                }
                Platform.runLater(FrozenScreenProbe::hang);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        new KioskMain(System.out, System.err, Map.of(DataFolder.ENV_OVERRIDE, args[0]), Path.of(args[0]))
                .run("--demo");
    }

    private static void hang() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException ignored) {
                // a hung screen ignores everything
            }
        }
    }
}
