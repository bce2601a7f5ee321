package org.huzhu.kiosk.ui.resting;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/**
 * The kiosk at rest, in large type and without a button to press: what is the matter in a few words (never an error),
 * where to go instead, and the centre's phone if one is configured; closed: when it opens again.
 */
final class RestingView extends View<VBox> {

    private final RestingModel model;
    private final UiText text;
    private final Label title = new Label();
    private final Label body = new Label();
    private final Label phone = new Label();

    RestingView(RestingModel model, UiText text) {
        super(new VBox(32));
        this.model = model;
        this.text = text;
        title.setId("resting-title");
        title.getStyleClass().add(StyleClasses.TITLE);
        body.setId("resting-body");
        body.getStyleClass().add(StyleClasses.HEADING);
        phone.setId("resting-phone");
        phone.getStyleClass().add(StyleClasses.HEADING);
        for (Label label : new Label[] {title, body, phone}) {
            label.setWrapText(true);
            label.setMaxWidth(900);
            label.setTextAlignment(TextAlignment.CENTER);
        }
        root.setId("resting");
        root.setAlignment(Pos.CENTER);
        root.setFillWidth(false);
        root.getChildren().addAll(title, body, phone);
    }

    @Override
    protected void onAttached() {
        title.textProperty().bind(Bindings.createStringBinding(() -> text.messages().text(model.reason.get()
                .titleKey()), text.languageProperty(), model.reason));
        body.textProperty().bind(Bindings.createStringBinding(this::bodyText, text.languageProperty(), model.reason,
                model.nextOpening, model.now));
        phone.textProperty().bind(Bindings.createStringBinding(() -> text.messages().format("resting.phone",
                model.phone.get()), text.languageProperty(), model.phone));
        phone.visibleProperty().bind(model.phone.isNotEmpty());
        phone.managedProperty().bind(model.phone.isNotEmpty());
    }

    private String bodyText() {
        if (model.reason.get() == RestingReason.CLOSED) {
            if (model.nextOpening.get() == null) {
                return text.messages().text("resting.closed.noOpening");
            }
            return text.messages().format(RestingReason.CLOSED.bodyKey(), OpeningWords.of(text.messages(),
                    model.now.get(), model.nextOpening.get()));
        }
        return text.messages().text(model.reason.get().bodyKey());
    }

    @Override
    protected void onDetached() {
        for (Label label : new Label[] {title, body, phone}) {
            label.textProperty().unbind();
        }
        phone.visibleProperty().unbind();
        phone.managedProperty().unbind();
    }
}
