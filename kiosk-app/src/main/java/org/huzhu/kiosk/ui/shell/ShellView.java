package org.huzhu.kiosk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.app.DemoDevices.DemoCard;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/**
 * The frame: a top bar (centre name, demo badge, language toggle), a warning banner when no card reader works, the
 * current screen, and in demo mode a tray of demo cards to tap.
 */
final class ShellView extends View<BorderPane> {

    private final ShellModel model;
    private final UiText text;
    private final Label centreName = new Label();
    private final Label demoBadge = new Label();
    private final Button languageToggle = new Button();
    private final Label readerBanner = new Label();
    private final Label demoTrayTitle = new Label();
    private final List<Button> demoButtons = new ArrayList<>();
    private final HBox demoTray;

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

        readerBanner.setId("reader-banner");
        readerBanner.getStyleClass().add(StyleClasses.BANNER_WARNING);
        readerBanner.setMaxWidth(Double.MAX_VALUE);
        readerBanner.setWrapText(true);
        root.setTop(new VBox(topBar, readerBanner));

        demoButtons.add(demoButton("wang", "demo.card.wang", () -> controller.onDemoTap(DemoCard.WANG_XIUYING)));
        demoButtons.add(demoButton("li", "demo.card.li", () -> controller.onDemoTap(DemoCard.LI_JIANGUO)));
        demoButtons.add(demoButton("unregistered", "demo.card.unregistered",
                () -> controller.onDemoTap(DemoCard.UNREGISTERED)));
        demoButtons.add(demoButton("brief", "demo.card.brief", controller::onDemoTapTooBriefly));
        demoButtons.add(demoButton("foreign", "demo.card.foreign", () -> controller.onDemoTap(DemoCard.FOREIGN)));
        // One row: the tray must never push the screen above it out of the window.
        demoTray = new HBox(demoTrayTitle);
        demoTray.getChildren().addAll(demoButtons);
        demoTray.setAlignment(Pos.CENTER_LEFT);
        demoTray.getStyleClass().add(StyleClasses.DEMO_TRAY);
    }

    /** A demo card button; its text key is kept in its user data for binding. */
    private static Button demoButton(String id, String textKey, Runnable action) {
        Button button = new Button();
        button.setId("demo-" + id);
        button.setUserData(textKey);
        button.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        button.setOnAction(event -> action.run());
        return button;
    }

    @Override
    protected void onAttached() {
        centreName.textProperty().bind(model.centreName);
        demoBadge.visibleProperty().bind(model.demo);
        demoBadge.managedProperty().bind(model.demo);
        demoBadge.textProperty().bind(text.text("demo.badge"));
        languageToggle.textProperty().bind(text.text("language.switch"));
        languageToggle.accessibleHelpProperty().bind(text.text("language.switch.help"));
        readerBanner.textProperty().bind(text.text("reader.missing"));
        readerBanner.visibleProperty().bind(model.readerAvailable.not());
        readerBanner.managedProperty().bind(model.readerAvailable.not());
        demoTrayTitle.textProperty().bind(text.text("demo.tray"));
        demoButtons.forEach(button -> {
            button.textProperty().bind(text.text((String) button.getUserData()));
            button.disableProperty().bind(model.demoCardOnReader);
        });
        root.bottomProperty().bind(javafx.beans.binding.Bindings.when(model.demo).then(demoTray).otherwise((HBox) null));
        root.centerProperty().bind(model.screen);
    }

    @Override
    protected void onDetached() {
        for (var label : List.of(centreName, demoBadge, readerBanner, demoTrayTitle)) {
            label.textProperty().unbind();
        }
        demoBadge.visibleProperty().unbind();
        demoBadge.managedProperty().unbind();
        languageToggle.textProperty().unbind();
        languageToggle.accessibleHelpProperty().unbind();
        readerBanner.visibleProperty().unbind();
        readerBanner.managedProperty().unbind();
        demoButtons.forEach(button -> {
            button.textProperty().unbind();
            button.disableProperty().unbind();
        });
        root.bottomProperty().unbind();
        root.centerProperty().unbind();
    }
}
