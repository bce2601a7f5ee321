package org.huzhu.kiosk.ui.staff;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/**
 * "Signed in as 张丽 (staff)", the card key, the maintenance panel (save diagnostics, the health page; in kiosk mode
 * restart and leave kiosk mode; how the last action went), and Sign out.
 */
final class StaffHomeView extends View<VBox> {

    private final StaffHomeModel model;
    private final UiText text;
    private final Label title = new Label();
    private final Label key = new Label();
    private final Label result = new Label();
    private final Label removeToSignOut = new Label();
    private final Button health = new Button();
    private final Button diagnostics = new Button();
    private final Button restart = new Button();
    private final Button leave = new Button();
    private final Button signOut = new Button();

    StaffHomeView(StaffHomeModel model, UiText text, StaffHomeController controller) {
        super(new VBox());
        this.model = model;
        this.text = text;
        title.setId("screen-title");
        title.getStyleClass().add(StyleClasses.TITLE);
        title.setWrapText(true);
        title.setTextAlignment(TextAlignment.CENTER);
        key.setId("staff-key");
        key.getStyleClass().add(StyleClasses.MUTED);
        result.setId("maintenance-result");
        result.setWrapText(true);
        result.visibleProperty().bind(model.resultKey.isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        removeToSignOut.setId("staff-remove-card");
        removeToSignOut.setWrapText(true);
        action(health, "maintenance-health-open", controller::onShowHealth, StyleClasses.BUTTON_SECONDARY);
        action(diagnostics, "maintenance-diagnostics", controller::onSaveDiagnostics); // the main action: filled
        diagnostics.disableProperty().bind(model.working);
        action(restart, "maintenance-restart", controller::onRestart, StyleClasses.BUTTON_SECONDARY);
        action(leave, "maintenance-leave", controller::onLeaveKioskMode, StyleClasses.BUTTON_SECONDARY);
        for (Button supervised : List.of(restart, leave)) {
            supervised.visibleProperty().bind(model.kioskMode);
            supervised.managedProperty().bind(model.kioskMode);
        }
        FlowPane actions = new FlowPane(diagnostics, health, restart, leave);
        actions.setStyle("-fx-hgap: 1em; -fx-vgap: 1em;");
        // No heading over the buttons: they say what they do, and a 1366 x 768 kiosk at the larger text step has no
        // line to spare.
        VBox panel = new VBox(actions, result);
        panel.getStyleClass().add(StyleClasses.PANEL);
        panel.setStyle("-fx-max-width: 34em; -fx-spacing: 0.75em;");
        signOut.setId("staff-sign-out");
        signOut.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        signOut.setStyle("-fx-min-width: 10em;");
        signOut.setOnAction(event -> controller.onSignOut());
        HBox leaving = new HBox(signOut, removeToSignOut);
        leaving.setAlignment(Pos.CENTER);
        leaving.setStyle("-fx-spacing: 1em; -fx-max-width: 34em;");
        root.setAlignment(Pos.CENTER);
        root.setStyle("-fx-spacing: 1em; -fx-padding: 1em 2em;");
        root.getChildren().addAll(title, key, panel, leaving);
    }

    private static void action(Button button, String id, Runnable onTap, String... styles) {
        button.setId(id);
        button.getStyleClass().addAll(styles);
        button.setWrapText(true);
        button.setOnAction(event -> onTap.run());
    }

    @Override
    protected void onAttached() {
        title.textProperty().bind(Bindings.createStringBinding(
                () -> text.messages().format("staff.title", model.holderName.get()),
                text.languageProperty(), model.holderName));
        key.textProperty().bind(Bindings.createStringBinding(
                () -> text.messages().format("staff.key", model.shortFingerprint.get()),
                text.languageProperty(), model.shortFingerprint));
        result.textProperty().bind(Bindings.createStringBinding(
                () -> model.resultKey.get().isEmpty() ? ""
                        : text.messages().format(model.resultKey.get(), model.resultArgument.get()),
                text.languageProperty(), model.resultKey, model.resultArgument));
        removeToSignOut.textProperty().bind(text.text("staff.canDo.signOut"));
        health.textProperty().bind(text.text("staff.health.open"));
        diagnostics.textProperty().bind(text.text("staff.diagnostics"));
        restart.textProperty().bind(text.text("staff.restart"));
        leave.textProperty().bind(text.text("staff.leaveKioskMode"));
        signOut.textProperty().bind(text.text("staff.signOut"));
    }

    @Override
    protected void onDetached() {
        for (Label label : List.of(title, key, result, removeToSignOut)) {
            label.textProperty().unbind();
        }
        for (Button button : List.of(health, diagnostics, restart, leave, signOut)) {
            button.textProperty().unbind();
        }
    }
}
