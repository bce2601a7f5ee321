package org.huzhu.kiosk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.huzhu.kiosk.ui.audit.ElderAudit.Rule;
import org.huzhu.kiosk.ui.audit.ElderAudit.Violation;
import org.huzhu.kiosk.ui.kit.DigitPad;
import org.huzhu.themes.StyleClasses;
import org.huzhu.themes.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Headless (Monocle): the audit finds each kind of violation on deliberately bad scenes, and passes a good one. */
class ElderAuditCanFailTest {

    private Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeStage() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void everyRuleReportsTheNodeThatBreaksIt() throws Exception {
        List<Violation> violations = audit(() -> {
            Label small = label("small", "Small print");
            small.setStyle("-fx-font-size: 12px;");
            Label smallHeading = label("small-heading", "A heading too small");
            smallHeading.getStyleClass().add(StyleClasses.HEADING);
            smallHeading.setStyle("-fx-font-size: 28px;");
            Label faint = label("faint", "Grey on grey");
            faint.setStyle("-fx-text-fill: #999999; -fx-background-color: #aaaaaa;");
            Label cut = label("cut", "A sentence far too long for the little room it is given");
            cut.setStyle("-fx-max-width: 6em;");
            Label outside = label("outside", "Off to the right");
            outside.setTranslateX(1200);
            Button tiny = button("tiny");
            tiny.setStyle("-fx-min-width: 40px; -fx-min-height: 40px; -fx-pref-width: 40px; -fx-pref-height: 40px;");
            HBox crowded = new HBox(4, button("near-a"), button("near-b"));
            HBox spaced = new HBox(24, button("choice-1"), button("choice-2"), button("choice-3"),
                    button("choice-4"));
            Button home = button("home");
            home.getStyleClass().add(StyleClasses.NAVIGATION);
            return new VBox(24, small, smallHeading, faint, cut, outside, tiny, crowded, spaced, home);
        });

        assertThat(violations).extracting(Violation::rule, Violation::node).contains(
                tuple(Rule.TEXT_SIZE, "#small 'Small print'"),
                tuple(Rule.HEADING_SIZE, "#small-heading 'A heading too small'"),
                tuple(Rule.CONTRAST, "#faint 'Grey on grey'"),
                tuple(Rule.TRUNCATED,
                        "#cut 'A sentence far too long for the little room it is given'"),
                tuple(Rule.OUTSIDE_WINDOW, "#outside 'Off to the right'"),
                tuple(Rule.TARGET_SIZE, "#tiny 'tiny'"),
                tuple(Rule.TARGET_SPACING, "#near-a 'near-a'"));
        Violation choices = only(violations, Rule.PRIMARY_CHOICES);
        assertThat(choices.detail()).startsWith("7 primary choices > 6").contains("#choice-4").doesNotContain("#home");
        assertThat(only(violations, Rule.TARGET_SPACING).detail()).contains("#near-b").contains("4.0 px");
        assertThat(only(violations, Rule.CONTRAST).detail()).contains("#999999 on #aaaaaa");
        assertThat(violations).extracting(Violation::node).doesNotContain("#home 'home'", "#choice-1 'choice-1'");
    }

    @Test
    void contrastIsJudgedAgainstWhatIsActuallyDrawnBehindTheText() throws Exception {
        // Dark text whose own colours pass (dark on the page's light background), drawn over a dark shape.
        List<Violation> violations = audit(() -> {
            Rectangle darkShape = new Rectangle(600, 120, Color.web("#333333"));
            Label overShape = label("over-shape", "Dark on dark");
            return new VBox(24, new StackPane(darkShape, overShape), label("on-page", "Dark on light"));
        });

        assertThat(violations).extracting(Violation::rule, Violation::node)
                .containsExactly(tuple(Rule.CONTRAST, "#over-shape 'Dark on dark'"));
    }

    @Test
    void ruleAbidingScreenHasNoViolations() throws Exception {
        List<Violation> violations = audit(() -> {
            Label title = label("title", "Book a haircut");
            title.getStyleClass().add(StyleClasses.TITLE);
            HBox choices = new HBox(24, button("choice-1"), button("choice-2"));
            Button disabled = button("full");
            disabled.setDisable(true); // faded by the theme: exempt from contrast, and no touch target
            return new VBox(24, title, label("body", "Choose a day"), choices, disabled);
        });

        assertThat(violations).isEmpty();
    }

    @Test
    void aDigitPadIsOneChoiceWhateverItsTwelveKeys() throws Exception {
        List<Violation> fiveBesidePad = audit(() -> new HBox(24, padWithTexts(), new VBox(24, button("other-1"),
                button("other-2"), button("other-3"), button("other-4"), button("other-5"))));
        closeStage();
        List<Violation> sixBesidePad = audit(() -> new HBox(24, padWithTexts(), new VBox(16, button("other-1"),
                button("other-2"), button("other-3"), button("other-4"), button("other-5"), button("other-6"))));

        assertThat(fiveBesidePad).isEmpty();
        assertThat(only(sixBesidePad, Rule.PRIMARY_CHOICES).detail()).startsWith("7 primary choices > 6")
                .contains("#entry-pad").doesNotContain("#entry-digit-");
    }

    private static DigitPad padWithTexts() {
        DigitPad pad = new DigitPad("entry", digit -> { }, () -> { }, () -> { });
        pad.deleteKey().setText("Delete");
        pad.okKey().setText("OK");
        return pad;
    }

    @Test
    void onlyTheModalLayerIsAuditedWhileItCoversTheScreen() throws Exception {
        List<Violation> violations = audit(() -> {
            Label small = label("covered-small", "Covered small print");
            small.setStyle("-fx-font-size: 12px;");
            VBox screen = new VBox(24, small);
            StackPane overlay = new StackPane(button("answer"));
            overlay.getStyleClass().add(StyleClasses.OVERLAY);
            return new StackPane(screen, overlay);
        });

        assertThat(violations).isEmpty();
    }

    @Test
    void theCounterIsHeldToItsOwnNumbersInsideTheCounterFrame() throws Exception {
        List<Violation> violations = audit(ElderAudit.Thresholds.COUNTER, () -> {
            Label body = label("counter-body", "18 px body text passes");
            Label small = label("counter-small", "17 px does not");
            small.setStyle("-fx-font-size: 0.7em;");
            Button passes = button("counter-button");
            Button tiny = button("counter-tiny");
            tiny.setText("×");
            tiny.setStyle("-fx-min-width: 40px; -fx-min-height: 40px; -fx-pref-width: 40px; -fx-pref-height: 40px; "
                    + "-fx-padding: 0;");
            HBox many = new HBox(12, button("c1"), button("c2"), button("c3"), button("c4"), button("c5"),
                    button("c6"), button("c7"));
            VBox counter = new VBox(12, body, small, passes, tiny, many);
            counter.getStyleClass().add(StyleClasses.COUNTER);
            return counter;
        });

        assertThat(violations).extracting(Violation::rule, Violation::node).containsExactlyInAnyOrder(
                tuple(Rule.TEXT_SIZE, "#counter-small '17 px does not'"),
                tuple(Rule.TARGET_SIZE, "#counter-tiny '×'"));
    }

    private List<Violation> audit(Callable<Parent> content) throws Exception {
        return audit(ElderAudit.Thresholds.KIOSK, content);
    }

    private List<Violation> audit(ElderAudit.Thresholds limits, Callable<Parent> content) throws Exception {
        return onFx(() -> {
            VBox page = new VBox(content.call());
            page.setStyle("-fx-padding: 24px;");
            Scene scene = new Scene(page, 1280, 800);
            scene.getStylesheets().add(Theme.baseStylesheet());
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return ElderAudit.audit(scene, limits);
        });
    }

    private static Violation only(List<Violation> violations, Rule rule) {
        List<Violation> found = violations.stream().filter(v -> v.rule() == rule).toList();
        assertThat(found).as("violations of %s", rule).hasSize(1);
        return found.getFirst();
    }

    private static Label label(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        return label;
    }

    private static Button button(String id) {
        Button button = new Button(id);
        button.setId(id);
        return button;
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }
}
