package org.huzhu.kiosk.ui.counter.volunteers;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.themes.StyleClasses;

/**
 * The inputs of one confirmation, built once so typing and choosing keep the keyboard focus while the screen is
 * worded again: the minutes, the reason (shown only while the minutes differ from the checked duration), 1–5 stars
 * (pressing the chosen one again takes the rating away) and a note. The fields stay bound to the model for the
 * form's life, which is the screen's.
 */
final class ConfirmForm {

    private final TextField minutes = field("volunteer-minutes");
    private final TextField reason = field("volunteer-reason");
    private final TextField note = field("volunteer-note");
    private final ToggleGroup starGroup = new ToggleGroup();
    private final List<ToggleButton> stars = new ArrayList<>();
    private final Label minutesName = name();
    private final Label bound = new Label();
    private final Label reasonName = name();
    private final Label ratingName = name();
    private final Label noteName = name();
    private final VolunteersModel model;
    /** True while the view sets the stars from the model: that is no choice of staff's. */
    private boolean settingStars;

    ConfirmForm(VolunteersModel model, VolunteersController controller) {
        this.model = model;
        minutes.textProperty().bindBidirectional(model.minutesText);
        reason.textProperty().bindBidirectional(model.reason);
        note.textProperty().bindBidirectional(model.note);
        minutes.setPrefColumnCount(5);
        bound.setId("volunteer-bound");
        bound.getStyleClass().add(StyleClasses.MUTED);
        for (int count = 1; count <= 5; count++) {
            ToggleButton star = new ToggleButton();
            star.setId("volunteer-star-" + count);
            star.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
            star.setUserData(count);
            star.setToggleGroup(starGroup);
            stars.add(star);
        }
        starGroup.selectedToggleProperty().addListener((observable, before, chosen) -> {
            if (!settingStars) {
                controller.onStars(chosen == null ? 0 : (Integer) chosen.getUserData());
            }
        });
        // The reason's row comes and goes as the minutes are typed, without wording the screen again.
        reasonName.visibleProperty().bind(model.reasonNeeded);
        reasonName.managedProperty().bind(model.reasonNeeded);
        reason.visibleProperty().bind(model.reasonNeeded);
        reason.managedProperty().bind(model.reasonNeeded);
    }

    /** The form in {@code messages}' language, for a session whose minutes may go up to {@code maxMinutes}. */
    Region build(Messages messages, int maxMinutes) {
        minutesName.setText(messages.text("counter.volunteers.confirm.minutes"));
        bound.setText(messages.format("counter.volunteers.confirm.bound", maxMinutes));
        reasonName.setText(messages.text("counter.volunteers.confirm.reason"));
        reason.setPromptText(messages.text("counter.volunteers.confirm.reason.hint"));
        ratingName.setText(messages.text("counter.volunteers.confirm.rating"));
        noteName.setText(messages.text("counter.volunteers.confirm.note"));
        settingStars = true;
        for (ToggleButton star : stars) {
            star.setText(messages.format("counter.volunteers.confirm.stars", star.getUserData()));
            star.setSelected((Integer) star.getUserData() == model.stars.get());
        }
        settingStars = false;
        HBox minutesRow = row(minutes, bound);
        HBox starRow = new HBox();
        starRow.getChildren().addAll(stars);
        starRow.setStyle("-fx-spacing: 0.5em; -fx-alignment: center-left;");
        GridPane form = new GridPane(24, 8);
        form.getStyleClass().add(StyleClasses.PANEL);
        form.addRow(0, minutesName, minutesRow);
        form.addRow(1, reasonName, reason);
        form.addRow(2, ratingName, starRow);
        form.addRow(3, noteName, note);
        return form;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(nodes);
        row.setStyle("-fx-spacing: 0.75em; -fx-alignment: center-left;");
        return row;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.getStyleClass().add(StyleClasses.FORM_FIELD);
        field.setPrefColumnCount(24);
        return field;
    }

    private static Label name() {
        Label label = new Label();
        label.getStyleClass().add(StyleClasses.MUTED);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
