package org.huzhu.kiosk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Window;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.testsupport.Png;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless (Monocle): the elder-friendly audit on every screen of the {@link ScreenTour}, in both languages and at both
 * text sizes at the kiosk's 1280 × 800, and in both languages with large text at the smallest kiosk screen, 1024 × 768. A failure lists every violation found on that screen; {@code target/audit/} has a picture of each.
 */
class ElderAuditTest {

    /** What each audited screen looked like (Monocle's software renderer), to see what a violation means. */
    private static final Path SNAPSHOTS = Path.of("target", "audit");

    private static final double KIOSK_WIDTH = 1280;
    private static final double KIOSK_HEIGHT = 800;
    private static final double SMALLEST_KIOSK_WIDTH = 1024;
    private static final double SMALLEST_KIOSK_HEIGHT = 768;

    @TempDir
    Path data;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @TestFactory
    Stream<DynamicTest> everyScreenInBothLanguagesAtBothTextSizes() {
        return ScreenTour.steps().stream().map(step -> dynamicTest(step.name(), () -> audit(step)));
    }

    private void audit(ScreenTour.Step step) throws Exception {
        List<String> violations = new ArrayList<>();
        try (KioskUnderTest kiosk = KioskUnderTest.open(data.resolve(step.name()), step.config(),
                Optional.of(new RecordingSpeaker()))) {
            TourDriver driver = new TourDriver(new FxRobot(), kiosk);
            step.drive().to(driver);
            for (Language language : Language.values()) {
                for (boolean large : new boolean[] {false, true}) {
                    TextSteps.set(driver, language, large);
                    String where = "[%s, %s text] ".formatted(language.tag(), large ? "large" : "normal");
                    driver.onFx(() -> ElderAudit.audit(driver.scene()))
                            .forEach(violation -> violations.add(where + violation));
                    Png.write(driver.onFx(() -> driver.scene().snapshot(null)), SNAPSHOTS.resolve(
                            "%s-%s%s.png".formatted(step.name(), language.tag(), large ? "-large" : "")));
                }
            }
            // The smallest kiosk screen (full screen in kiosk mode, issue 15), with the text that needs most room.
            Window window = driver.scene().getWindow();
            try {
                resize(driver, window, SMALLEST_KIOSK_WIDTH, SMALLEST_KIOSK_HEIGHT);
                for (Language language : Language.values()) {
                    TextSteps.set(driver, language, true);
                    String where = "[%s, large text, 1024x768] ".formatted(language.tag());
                    driver.onFx(() -> ElderAudit.audit(driver.scene()))
                            .forEach(violation -> violations.add(where + violation));
                    Png.write(driver.onFx(() -> driver.scene().snapshot(null)), SNAPSHOTS.resolve(
                            "%s-%s-large-1024x768.png".formatted(step.name(), language.tag())));
                }
            } finally {
                resize(driver, window, KIOSK_WIDTH, KIOSK_HEIGHT);
            }
        }
        assertThat(violations).as("elder-friendly violations on screen '%s'", step.name()).isEmpty();
    }

    /** The window at {@code width} × {@code height}, waiting until its scene is laid out at that size. */
    private static void resize(TourDriver driver, Window window, double width, double height) throws Exception {
        driver.onFx(() -> {
            window.setWidth(width);
            window.setHeight(height);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(() -> {
            driver.scene().getRoot().applyCss();
            driver.scene().getRoot().layout();
            return driver.scene().getWidth() == width && driver.scene().getHeight() == height;
        }));
    }

    /** Reaches a language and text size through the shell's own buttons, as a resident would. */
    static final class TextSteps {

        private TextSteps() {
        }

        static void set(TourDriver driver, Language language, boolean large) throws Exception {
            if (driver.onFx(() -> driver.shell().text().language()) != language) {
                driver.click("#language-toggle");
            }
            if (driver.onFx(() -> driver.robot().lookup("#screen-area").query().getStyleClass()
                    .contains(org.huzhu.themes.StyleClasses.LARGE_TEXT)) != large) {
                driver.click("#text-size");
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
