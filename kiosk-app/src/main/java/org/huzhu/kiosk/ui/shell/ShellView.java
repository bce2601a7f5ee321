package org.huzhu.kiosk.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/** The frame: a top bar (centre name, demo badge, language toggle) above the current screen. */
final class ShellView extends View<BorderPane> {

    private final ShellModel model;
    private final UiText text;
    private final Label centreName = new Label();
    private final Label demoBadge = new Label();
    private final Button languageToggle = new Button();

    ShellView(ShellModel model, UiText text, ShellController controller) {
        super(new BorderPane());
        this.model = model;
        this.text = text;

        centreName.setId("centre-name");
        centreName.getStyleClass().add(StyleClasses.CENTRE_NAME);
        demoBadge.setId("demo-badge");
        demoBadge.getStyleClass().add(StyleClasses.DEMO_BADGE);
        languageToggle.setId("language-toggle");
        languageToggle.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        languageToggle.setOnAction(event -> controller.onLanguageToggle());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox topBar = new HBox(centreName, spacer, demoBadge, languageToggle);
        topBar.getStyleClass().add(StyleClasses.TOP_BAR);
        topBar.setAlignment(Pos.CENTER_LEFT);
        root.setTop(topBar);
    }

    @Override
    protected void onAttached() {
        centreName.textProperty().bind(model.centreName);
        demoBadge.visibleProperty().bind(model.demo);
        demoBadge.managedProperty().bind(model.demo);
        demoBadge.textProperty().bind(text.text("demo.badge"));
        languageToggle.textProperty().bind(text.text("language.switch"));
        languageToggle.accessibleHelpProperty().bind(text.text("language.switch.help"));
        root.centerProperty().bind(model.screen);
    }

    @Override
    protected void onDetached() {
        centreName.textProperty().unbind();
        demoBadge.visibleProperty().unbind();
        demoBadge.managedProperty().unbind();
        demoBadge.textProperty().unbind();
        languageToggle.textProperty().unbind();
        languageToggle.accessibleHelpProperty().unbind();
        root.centerProperty().unbind();
    }
}
