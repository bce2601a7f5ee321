package org.huzhu.kiosk.ui.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import org.huzhu.kiosk.app.DemoCamera;
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
 * and the staff card, or "take card away" in its place while it lies on the reader. While the camera is on, the same
 * row holds the pictures to show it instead, and "take away".
 */
final class DemoTrayView extends View<HBox> {

    private final DemoTrayModel model;
    private final UiText text;
    private final Label title = new Label();
    private final List<Button> residentButtons = new ArrayList<>();
    private final Button staffCard;
    private final Button takeAway;
    private final Label cameraTitle = new Label();
    private final List<Button> pictureButtons = new ArrayList<>();
    private final Button takePictureAway;
    private final List<DemoCamera.Picture> pictures;

    DemoTrayView(DemoTrayModel model, UiText text, DemoTrayController controller, List<TrayCard> cards,
            String staffCardKey, String takeAwayKey, List<DemoCamera.Picture> pictures) {
        super(new HBox());
        this.model = model;
        this.text = text;
        for (TrayCard card : cards) {
            residentButtons.add(button(card.id(), card.textKey(), () -> controller.onTap(card)));
        }
        residentButtons.add(button("brief", "demo.card.brief", controller::onTapTooBriefly));
        staffCard = button("staff", staffCardKey, controller::onStaffCard);
        takeAway = button("take-away", takeAwayKey, controller::onTakeStaffCardAway);
        this.pictures = List.copyOf(pictures);
        for (DemoCamera.Picture picture : pictures) {
            String name = picture.name().toLowerCase(Locale.ROOT).replace('_', '-');
            pictureButtons.add(button("picture-" + name, "demo.picture." + name, () -> controller.onShow(picture)));
        }
        takePictureAway = button("picture-away", "demo.picture.away", controller::onTakePictureAway);
        root.getChildren().add(title);
        root.getChildren().addAll(residentButtons);
        root.getChildren().addAll(staffCard, takeAway);
        root.getChildren().add(cameraTitle);
        root.getChildren().addAll(pictureButtons);
        root.getChildren().add(takePictureAway);
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
        cameraTitle.textProperty().bind(text.text("demo.camera"));
        for (int i = 0; i < pictureButtons.size(); i++) {
            Button button = pictureButtons.get(i);
            DemoCamera.Picture picture = pictures.get(i);
            button.textProperty().bind(text.text((String) button.getUserData()));
            // The picture being shown is the one that cannot be pressed again.
            button.disableProperty().bind(model.shown.isEqualTo(picture));
        }
        takePictureAway.textProperty().bind(text.text((String) takePictureAway.getUserData()));
        takePictureAway.disableProperty().bind(model.shown.isNull());
        // The cards while the camera is off, the pictures while it is on: one row either way.
        for (Node node : root.getChildren()) {
            boolean cameraPart = node == cameraTitle || node == takePictureAway || pictureButtons.contains(node);
            if (node != staffCard && node != takeAway) {
                node.visibleProperty().bind(cameraPart ? model.cameraOn : model.cameraOn.not());
                node.managedProperty().bind(node.visibleProperty());
            }
        }
        // One reader takes one card: while the staff card lies on the kiosk's reader no resident can tap.
        BooleanBinding residentReaderBusy = model.residentCardOnReader.or(model.oneReader.and(model.staffCardOnReader));
        for (Button button : residentButtons) {
            button.disableProperty().bind(residentReaderBusy);
        }
        staffCard.disableProperty().bind(model.oneReader.and(model.residentCardOnReader));
        staffCard.visibleProperty().bind(model.staffCardOnReader.not().and(model.cameraOn.not()));
        staffCard.managedProperty().bind(staffCard.visibleProperty());
        takeAway.visibleProperty().bind(model.staffCardOnReader.and(model.cameraOn.not()));
        takeAway.managedProperty().bind(takeAway.visibleProperty());
        for (Button button : allButtons()) {
            button.textProperty().bind(text.text((String) button.getUserData()));
        }
    }

    @Override
    protected void onDetached() {
        title.textProperty().unbind();
        cameraTitle.textProperty().unbind();
        for (Node node : root.getChildren()) {
            node.visibleProperty().unbind();
            node.managedProperty().unbind();
        }
        for (Button button : pictureButtons) {
            button.textProperty().unbind();
            button.disableProperty().unbind();
        }
        takePictureAway.textProperty().unbind();
        takePictureAway.disableProperty().unbind();
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
