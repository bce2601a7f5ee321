package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
                place(window, size[0], size[1]);
                for (int language = 0; language < 2; language++) {
                    String shot = "counter-%s-%dx%d-%s".formatted(name, (int) size[0], (int) size[1],
                            languageTag(robot));
                    WaitForAsyncUtils.waitForFxEvents();
                    WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
                    Png.write(image, OUT.resolve(shot + ".png"));
                    WaitForAsyncUtils.asyncFx(() -> ElderAudit.audit(scene, ElderAudit.Thresholds.COUNTER)).get()
                            .forEach(violation -> violations.add("[" + shot + "] " + violation));
                    DemoCounterWindowTest.switchLanguage(robot);
                }
            }
        } finally {
            place(window, old[0], old[1]);
            WaitForAsyncUtils.asyncFx(() -> {
                window.setMinWidth(old[2]);
                window.setMinHeight(old[3]);
            }).get();
        }
        assertThat(violations).as("counter screen '%s' at the counter's numbers", name).isEmpty();
    }

    /** The window at {@code width} × {@code height}, as on a screen of that size (its minimum follows, as it would). */
    private static void place(Stage window, double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.setMinWidth(Math.min(width, window.getMinWidth()));
            window.setMinHeight(Math.min(height, window.getMinHeight()));
            window.setX(0);
            window.setY(0);
            window.setWidth(width);
            window.setHeight(height);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String languageTag(FxRobot robot) {
        // The toggle names the language it switches to.
        return "English".equals(DemoCounterWindowTest.text(robot, "#language-toggle")) ? "zh-CN" : "en";
    }
}
