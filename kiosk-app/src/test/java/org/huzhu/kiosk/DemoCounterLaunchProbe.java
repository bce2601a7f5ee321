package org.huzhu.kiosk;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.huzhu.kiosk.app.DataFolder;

/**
 * Child-JVM program for {@link DemoCounterLaunchTest}: runs the entry point as {@code huzhu-kiosk --demo --counter}
 * (or {@code --demo --hospital}) does (demo data in {@code DATA_DIR}), waits until its windows are shown, prints one
 * line per window ({@code window TITLE WIDTHxHEIGHT}) and ends the JVM. Usage: {@code DemoCounterLaunchProbe DATA_DIR
 * [--counter | --hospital]} (the counter by default).
 */
public final class DemoCounterLaunchProbe {

    private DemoCounterLaunchProbe() {
    }

    public static void main(String[] args) {
        int exitCode = 1;
        try {
            Thread kiosk = Thread.ofPlatform().daemon().start(() -> new KioskMain(System.out, System.err,
                    Map.of(DataFolder.ENV_OVERRIDE, args[0]), Path.of(args[0]))
                    .run("--demo", args.length > 1 ? args[1] : "--counter"));
            List<String> windows = List.of();
            for (int i = 0; i < 300 && windows.size() < 2 && kiosk.isAlive(); i++) {
                Thread.sleep(100);
                windows = shownWindows();
            }
            windows.forEach(System.out::println);
            exitCode = windows.size() == 2 ? 0 : 1;
        } catch (Exception e) {
            e.printStackTrace(); // the parent test prints the child's stderr when it fails
        } finally {
            System.exit(exitCode);
        }
    }

    /** "window TITLE WIDTHxHEIGHT" for each shown stage; empty until JavaFX runs. */
    private static List<String> shownWindows() throws Exception {
        CompletableFuture<List<String>> titles = new CompletableFuture<>();
        try {
            Platform.runLater(() -> titles.complete(Window.getWindows().stream().filter(Window::isShowing)
                    .map(window -> "window " + ((Stage) window).getTitle() + " " + (int) window.getWidth() + "x"
                            + (int) window.getHeight())
                    .toList()));
        } catch (IllegalStateException notYetStarted) {
            return List.of();
        }
        return titles.get(10, TimeUnit.SECONDS);
    }
}
