package org.huzhu.kiosk.ui.staff;

import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.health.CheckResult;
import org.huzhu.kiosk.health.HealthReport;
import org.huzhu.kiosk.health.HealthState;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/** "This kiosk's health": one row per check (what, state, why), and Back. */
final class KioskHealthView extends View<VBox> {

    private final KioskHealthModel model;
    private final UiText text;
    private final Label title = new Label();
    private final GridPane checks = new GridPane();
    private final Button back = new Button();
    private final InvalidationListener redraw = observable -> fill();

    KioskHealthView(KioskHealthModel model, UiText text, KioskHealthController controller) {
        super(new VBox());
        this.model = model;
        this.text = text;
        title.setId("screen-title");
        title.getStyleClass().add(StyleClasses.TITLE);
        checks.setId("maintenance-health");
        checks.getStyleClass().add(StyleClasses.PANEL);
        checks.setStyle("-fx-hgap: 1em; -fx-vgap: 0.4em; -fx-max-width: 40em;");
        back.setId("maintenance-health-back");
        back.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        back.setStyle("-fx-min-width: 10em;");
        back.setOnAction(event -> controller.onBack());
        root.setAlignment(Pos.CENTER);
        root.setStyle("-fx-spacing: 1em; -fx-padding: 1em 2em;");
        root.getChildren().addAll(title, checks, back);
    }

    private void fill() {
        checks.getChildren().clear();
        HealthReport report = model.report.get();
        if (report == null) {
            checks.add(wrapped(text.messages().text("staff.health.notYet"), "health-not-yet"), 0, 0);
            return;
        }
        int row = 0;
        for (CheckResult result : report.results()) {
            Label what = new Label(text.messages().text(result.kind().messageKey()));
            what.getStyleClass().add(StyleClasses.HEADING);
            Label state = new Label(text.messages().text("health.state." + result.state().name().toLowerCase(
                    java.util.Locale.ROOT)));
            state.setId("health-" + result.kind().tag());
            Label why = wrapped(result.state() == HealthState.OK ? ""
                    : text.messages().format(result.reasonKey(), result.arguments().toArray()),
                    "health-" + result.kind().tag() + "-why");
            checks.addRow(row++, what, state, why);
        }
    }

    private static Label wrapped(String words, String id) {
        Label label = new Label(words);
        label.setId(id);
        label.setWrapText(true);
        label.setStyle("-fx-max-width: 22em;");
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
