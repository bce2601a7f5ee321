package org.huzhu.kiosk.ui.staff;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/** "Signed in as 张丽 (staff)", the card key, a panel of what staff can do here, and Sign out. */
final class StaffHomeView extends View<VBox> {

    private final StaffHomeModel model;
    private final UiText text;
    private final Label title = new Label();
    private final Label key = new Label();
    private final Label canDo = new Label();
    private final Label removeToSignOut = new Label();
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
        canDo.getStyleClass().add(StyleClasses.HEADING);
        canDo.setWrapText(true);
        removeToSignOut.setId("staff-remove-card");
        removeToSignOut.setWrapText(true);
        VBox panel = new VBox(canDo, removeToSignOut);
        panel.getStyleClass().add(StyleClasses.PANEL);
        panel.setStyle("-fx-max-width: 30em;");
        signOut.setId("staff-sign-out");
        signOut.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        signOut.setStyle("-fx-min-width: 10em;"); // the screen's one action: a wide target
        signOut.setOnAction(event -> controller.onSignOut());
        root.setAlignment(Pos.CENTER);
        root.setStyle("-fx-spacing: 1em; -fx-padding: 1em 2em;");
        root.getChildren().addAll(title, key, panel, signOut);
    }

    @Override
    protected void onAttached() {
        title.textProperty().bind(Bindings.createStringBinding(
                () -> text.messages().format("staff.title", model.holderName.get()),
                text.languageProperty(), model.holderName));
        key.textProperty().bind(Bindings.createStringBinding(
                () -> text.messages().format("staff.key", model.shortFingerprint.get()),
                text.languageProperty(), model.shortFingerprint));
        canDo.textProperty().bind(text.text("staff.canDo"));
        removeToSignOut.textProperty().bind(text.text("staff.canDo.signOut"));
        signOut.textProperty().bind(text.text("staff.signOut"));
    }

    @Override
    protected void onDetached() {
        for (Label label : List.of(title, key, canDo, removeToSignOut)) {
            label.textProperty().unbind();
        }
        signOut.textProperty().unbind();
    }
}
