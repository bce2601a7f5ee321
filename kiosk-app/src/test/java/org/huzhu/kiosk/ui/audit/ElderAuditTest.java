package org.huzhu.kiosk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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
 * text sizes. A failure lists every violation found on that screen; {@code target/audit/} has a picture of each.
 */
class ElderAuditTest {

    /** What each audited screen looked like (Monocle's software renderer), to see what a violation means. */
    private static final Path SNAPSHOTS = Path.of("target", "audit");

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
        }
        assertThat(violations).as("elder-friendly violations on screen '%s'", step.name()).isEmpty();
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
