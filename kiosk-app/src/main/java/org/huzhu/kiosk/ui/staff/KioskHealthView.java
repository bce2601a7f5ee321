package org.huzhu.kiosk.ui.staff;

import javafx.beans.InvalidationListener;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.health.CheckResult;
import org.huzhu.kiosk.health.HealthReport;
import org.huzhu.kiosk.health.HealthState;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/** "How this kiosk is": one row per check (what, state), below them why for each that is not OK, and Back. */
final class KioskHealthView extends View<VBox> {

    private final KioskHealthModel model;
    private final UiText text;
    private final Label title = new Label();
    private final GridPane checks = new GridPane();
    private final VBox problems = new VBox();
    private final Button back = new Button();
    private final InvalidationListener redraw = observable -> fill();

    KioskHealthView(KioskHealthModel model, UiText text, KioskHealthController controller) {
        super(new VBox());
        this.model = model;
        this.text = text;
        title.setId("screen-title");
        title.getStyleClass().add(StyleClasses.TITLE);
        checks.setId("maintenance-health");
        checks.setStyle("-fx-hgap: 2em; -fx-vgap: 0.2em;");
        problems.setStyle("-fx-spacing: 0.3em;");
        VBox panel = new VBox(checks, problems);
        panel.getStyleClass().add(StyleClasses.PANEL);
        panel.setStyle("-fx-spacing: 0.6em; -fx-max-width: 40em;");
        back.setId("maintenance-health-back");
        back.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        back.setStyle("-fx-min-width: 10em;");
        back.setOnAction(event -> controller.onBack());
        root.setAlignment(Pos.CENTER);
        root.setStyle("-fx-spacing: 1em; -fx-padding: 1em 2em;");
        root.getChildren().addAll(title, panel, back);
    }

    private void fill() {
        checks.getChildren().clear();
        problems.getChildren().clear();
        HealthReport report = model.report.get();
        if (report == null) {
            problems.getChildren().add(wrapped(text.messages().text("staff.health.notYet"), "health-not-yet"));
            return;
        }
        int row = 0;
        for (CheckResult result : report.results()) {
            Label what = new Label(text.messages().text(result.kind().messageKey()));
            Label state = new Label(text.messages().text("health.state." + result.state().name().toLowerCase(
                    Locale.ROOT)));
            state.setId("health-" + result.kind().tag());
            if (result.state() != HealthState.OK) {
                state.getStyleClass().add(StyleClasses.HEADING);
                problems.getChildren().add(wrapped(text.messages().format("staff.health.why",
                        text.messages().text(result.kind().messageKey()),
                        text.messages().format(result.reasonKey(), result.arguments().toArray())),
                        "health-" + result.kind().tag() + "-why"));
            }
            // Both are short and must show whole; the reasons below wrap instead.
            what.setMinWidth(Region.USE_PREF_SIZE);
            state.setMinWidth(Region.USE_PREF_SIZE);
            checks.addRow(row++, what, state);
        }
    }

    private static Label wrapped(String words, String id) {
        Label label = new Label(words);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    @Override
    protected void onAttached() {
        title.textProperty().bind(text.text("staff.health.title"));
        back.textProperty().bind(text.text("staff.health.back"));
        model.report.addListener(redraw);
        text.languageProperty().addListener(redraw);
        fill();
    }

    @Override
    protected void onDetached() {
        title.textProperty().unbind();
        back.textProperty().unbind();
        model.report.removeListener(redraw);
        text.languageProperty().removeListener(redraw);
    }
}
