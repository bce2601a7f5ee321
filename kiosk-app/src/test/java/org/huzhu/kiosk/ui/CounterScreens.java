package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.huzhu.kiosk.testsupport.Png;
import org.huzhu.kiosk.ui.audit.ElderAudit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What counter flow tests check on the screens they pass: at the counter's 1280 × 800 and as a 1366 × 768 laptop shows
 * it (1366 × 690: below its task bar and the window's title bar), in both languages, a PNG of the screen in
 * {@code target/screenshots/counter-NAME-WxH-LANGUAGE.png} and the audit at the counter's numbers (text ≥ 18 px,
 * targets ≥ 44 px, 7:1 contrast, nothing cut short or outside the window).
 */
final class CounterScreens {

    private static final Path OUT = Path.of(System.getProperty("huzhu.screenshot.dir", "target/screenshots"));
    /** The sizes a counter is used at: its own, and a small laptop's screen under its task and title bars. */
    private static final double[][] SIZES = {{1280, 800}, {1366, 690}};

    private CounterScreens() {
    }

    /** Captures and audits the screen shown at both sizes in both languages; puts size and language back. */
    static void auditBothSizes(FxRobot robot, String name) throws Exception {
        Scene scene = robot.lookup("#language-toggle").query().getScene();
        Stage window = (Stage) scene.getWindow();
        double[] old = {window.getWidth(), window.getHeight(), window.getMinWidth(), window.getMinHeight()};
        List<String> violations = new ArrayList<>();
        try {
            for (double[] size : SIZES) {
                for (int language = 0; language < 2; language++) {
                    place(window, scene, size[0], size[1]);
                    String shot = "counter-%s-%dx%d-%s".formatted(name, (int) size[0], (int) size[1],
                            languageTag(robot));
                    // The picture and the audit in one FX turn, so that both see the same layout.
                    Seen seen = WaitForAsyncUtils.asyncFx(() -> new Seen(scene.snapshot(null),
                            ElderAudit.audit(scene, ElderAudit.Thresholds.COUNTER),
                            "%.0fx%.0f".formatted(scene.getWidth(), scene.getHeight()))).get();
                    Png.write(seen.image(), OUT.resolve(shot + ".png"));
                    seen.violations().forEach(violation -> violations.add(
                            "[" + shot + ", scene " + seen.sceneSize() + "] " + violation));
                    DemoCounterWindowTest.switchLanguage(robot);
                }
            }
        } finally {
            place(window, scene, old[0], old[1]);
            WaitForAsyncUtils.asyncFx(() -> {
                window.setMinWidth(old[2]);
                window.setMinHeight(old[3]);
            }).get();
        }
        assertThat(violations).as("counter screen '%s' at the counter's numbers", name).isEmpty();
    }

    /**
     * The window at {@code width} × {@code height}, as on a screen of that size (its minimum follows, as it would), and
     * its scene laid out at that size. Monocle resizes a window by an event of its own; on a loaded machine the scene
     * was seen a pulse behind, so this waits until the scene has the size rather than trusting one round of events.
     */
    private static void place(Stage window, Scene scene, double width, double height) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        do {
            WaitForAsyncUtils.asyncFx(() -> {
                window.setMinWidth(Math.min(width, window.getMinWidth()));
                window.setMinHeight(Math.min(height, window.getMinHeight()));
                window.setX(0);
                window.setY(0);
                window.setWidth(width);
                window.setHeight(height);
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            if (WaitForAsyncUtils.asyncFx(() -> atSize(scene, width, height)).get()) {
                return;
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError(("the window did not take %.0f × %.0f within 10 s: scene %.0f × %.0f, window"
                + " %.0f × %.0f (min %.0f × %.0f, max %.0f × %.0f), showing %s, full screen %s, maximised %s,"
                + " iconified %s, %d windows")
                .formatted(width, height, scene.getWidth(), scene.getHeight(), window.getWidth(), window.getHeight(),
                        window.getMinWidth(), window.getMinHeight(), window.getMaxWidth(), window.getMaxHeight(),
                        window.isShowing(), window.isFullScreen(), window.isMaximized(), window.isIconified(),
                        javafx.stage.Window.getWindows().size()));
    }

    private static boolean atSize(Scene scene, double width, double height) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return scene.getWidth() == width && scene.getHeight() == height;
    }

    private record Seen(WritableImage image, List<ElderAudit.Violation> violations, String sceneSize) {
    }

    private static String languageTag(FxRobot robot) {
        // The toggle names the language it switches to.
        return "English".equals(DemoCounterWindowTest.text(robot, "#language-toggle")) ? "zh-CN" : "en";
    }
}
