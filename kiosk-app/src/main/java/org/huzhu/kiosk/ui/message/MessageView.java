package org.huzhu.kiosk.ui.message;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/** One message in large type: what happened, what to do next, and an OK button. */
final class MessageView extends View<VBox> {

    private final String titleKey;
    private final String bodyKey;
    private final UiText text;
    private final Label title = new Label();
    private final Label body = new Label();
    private final Button ok = new Button();

    MessageView(String titleKey, String bodyKey, UiText text, MessageController controller) {
        super(new VBox(16));
        this.titleKey = titleKey;
        this.bodyKey = bodyKey;
        this.text = text;
        title.setId("message-title");
        title.getStyleClass().add(StyleClasses.TITLE);
        title.setWrapText(true);
        body.setId("message-body");
        body.getStyleClass().add(StyleClasses.HEADING);
        body.setWrapText(true);
        body.setMaxWidth(900);
        body.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        title.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        ok.setId("message-ok");
        ok.setOnAction(event -> controller.onOk());
        root.setAlignment(Pos.CENTER);
        // Filled widths: the title and body wrap at the width there is (at most their own), never an ellipsis; they
        // keep the height of all their lines (a VBox would otherwise shrink a wrapped label to one cut-short line).
        title.setMinHeight(Region.USE_PREF_SIZE);
        body.setMinHeight(Region.USE_PREF_SIZE);
        root.setStyle("-fx-padding: 0 1em 0.75em 1em;"); // OK stays clear of the demo tray's cards
        root.getChildren().addAll(title, body, ok);
    }

    @Override
    protected void onAttached() {
        title.textProperty().bind(text.text(titleKey));
        body.textProperty().bind(text.text(bodyKey));
        ok.textProperty().bind(text.text("message.ok"));
    }

    @Override
    protected void onDetached() {
        title.textProperty().unbind();
        body.textProperty().unbind();
        ok.textProperty().unbind();
    }
}
