package org.huzhu.kiosk.ui.idle;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.huzhu.kiosk.ui.kit.ReadAloudText;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/**
 * "Do you need more time?" over whatever screen is shown: a dimmed layer that takes every touch, and on it the
 * question, the seconds left in big type, and two big answers. Shown while {@link IdleQuestionModel#shown} is true.
 */
final class IdleQuestionView extends View<StackPane> {

    private final IdleQuestionModel model;
    private final UiText text;
    private final Label title = new Label();
    private final Label secondsLeft = new Label();
    private final Label secondsCaption = new Label();
    private final Button keepGoing = new Button();
    private final Button signOut = new Button();
    /** Puts the keyboard focus on "yes" when the question appears, so Enter or Space answers it. */
    private final ChangeListener<Boolean> focusYesWhenShown = (observable, was, shown) -> {
        if (shown) {
            keepGoing.requestFocus();
        }
    };

    IdleQuestionView(IdleQuestionModel model, UiText text, IdleQuestionController controller) {
        super(new StackPane());
        this.model = model;
        this.text = text;
        root.setId("idle-prompt");
        root.getStyleClass().add(StyleClasses.OVERLAY);

        title.setId("idle-title");
        title.getStyleClass().add(StyleClasses.TITLE);
        title.setWrapText(true);
        title.setTextAlignment(TextAlignment.CENTER);
        secondsLeft.setId("idle-countdown");
        secondsLeft.getStyleClass().add(StyleClasses.COUNTDOWN);
        secondsCaption.setId("idle-seconds-caption");
        secondsCaption.getStyleClass().add(StyleClasses.HEADING);
        secondsCaption.setWrapText(true);
        secondsCaption.setTextAlignment(TextAlignment.CENTER);
        keepGoing.setId("idle-continue");
        keepGoing.setOnAction(event -> controller.onKeepGoing());
        signOut.setId("idle-sign-out");
        signOut.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        signOut.setOnAction(event -> controller.onIdleSignOut());

        HBox answers = new HBox(keepGoing, signOut);
        answers.getStyleClass().add(StyleClasses.BUTTON_ROW);
        VBox dialog = new VBox(title, secondsLeft, secondsCaption, answers);
        dialog.getStyleClass().add(StyleClasses.DIALOG);
        dialog.setAlignment(Pos.CENTER);
        dialog.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        root.getChildren().add(dialog);
    }

    @Override
    public String readAloudText() {
        return ReadAloudText.of(title) + "\n" + secondsLeft.getText() + " " + secondsCaption.getText();
    }

    @Override
    protected void onAttached() {
        title.textProperty().bind(text.text("idle.title"));
        secondsLeft.textProperty().bind(model.secondsLeft.asString());
        secondsCaption.textProperty().bind(text.text("idle.secondsLeft"));
        keepGoing.textProperty().bind(text.text("idle.continue"));
        signOut.textProperty().bind(text.text("idle.signOut"));
        root.visibleProperty().bind(model.shown);
        root.managedProperty().bind(model.shown); // hidden, it must not make the screen area taller
        model.shown.addListener(focusYesWhenShown);
    }

    @Override
    protected void onDetached() {
        for (Label label : new Label[] {title, secondsLeft, secondsCaption}) {
            label.textProperty().unbind();
        }
        keepGoing.textProperty().unbind();
        signOut.textProperty().unbind();
        root.visibleProperty().unbind();
        root.managedProperty().unbind();
        model.shown.removeListener(focusYesWhenShown);
    }
}
