package org.huzhu.kiosk.ui.demo;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/**
 * One row (it must never push the screen above it out of the window): "Demo:", the residents' cards, "too brief",
 * and the staff card, or "take card away" in its place while it lies on the reader.
 */
final class DemoTrayView extends View<HBox> {

    private final DemoTrayModel model;
    private final UiText text;
    private final Label title = new Label();
    private final List<Button> residentButtons = new ArrayList<>();
    private final Button staffCard;
    private final Button takeAway;

    DemoTrayView(DemoTrayModel model, UiText text, DemoTrayController controller, List<TrayCard> cards,
            String staffCardKey, String takeAwayKey) {
        super(new HBox());
        this.model = model;
        this.text = text;
        for (TrayCard card : cards) {
            residentButtons.add(button(card.id(), card.textKey(), () -> controller.onTap(card)));
        }
        residentButtons.add(button("brief", "demo.card.brief", controller::onTapTooBriefly));
        staffCard = button("staff", staffCardKey, controller::onStaffCard);
        takeAway = button("take-away", takeAwayKey, controller::onTakeStaffCardAway);
        root.getChildren().add(title);
        root.getChildren().addAll(residentButtons);
        root.getChildren().addAll(staffCard, takeAway);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add(StyleClasses.DEMO_TRAY);
    }

    /** A demo card button; its text key is kept in its user data for binding. */
    private static Button button(String id, String textKey, Runnable action) {
        Button button = new Button();
        button.setId("demo-" + id);
        button.setUserData(textKey);
        button.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        button.setOnAction(event -> action.run());
        return button;
    }

    @Override
    protected void onAttached() {
        title.textProperty().bind(text.text("demo.tray"));
        // One reader takes one card: while the staff card lies on the kiosk's reader no resident can tap.
        BooleanBinding residentReaderBusy = model.residentCardOnReader.or(model.oneReader.and(model.staffCardOnReader));
        for (Button button : residentButtons) {
            button.disableProperty().bind(residentReaderBusy);
        }
        staffCard.disableProperty().bind(model.oneReader.and(model.residentCardOnReader));
        staffCard.visibleProperty().bind(model.staffCardOnReader.not());
        staffCard.managedProperty().bind(model.staffCardOnReader.not());
        takeAway.visibleProperty().bind(model.staffCardOnReader);
        takeAway.managedProperty().bind(model.staffCardOnReader);
        for (Button button : allButtons()) {
            button.textProperty().bind(text.text((String) button.getUserData()));
        }
    }

    @Override
    protected void onDetached() {
        title.textProperty().unbind();
        for (Button button : allButtons()) {
            button.textProperty().unbind();
            button.disableProperty().unbind();
            button.visibleProperty().unbind();
            button.managedProperty().unbind();
        }
    }

    private List<Button> allButtons() {
        List<Button> all = new ArrayList<>(residentButtons);
        all.add(staffCard);
        all.add(takeAway);
        return all;
    }
}
