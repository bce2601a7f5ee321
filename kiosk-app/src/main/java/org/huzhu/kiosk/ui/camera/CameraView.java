package org.huzhu.kiosk.ui.camera;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Rectangle;
import org.huzhu.kiosk.ui.kit.ReadAloudText;
import org.huzhu.kiosk.ui.kit.ScrollArea;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/**
 * The camera screen: the live picture as a mirror with an oval where the face goes and "camera on" over it, beside
 * what to do in large words (the prompt, read aloud as it changes) and what the camera is for. One button: Back. No
 * countdown is shown: the screen gives way to "tap your card" by itself, kindly.
 */
final class CameraView extends View<BorderPane> {

    /** The picture's height: what fits a 1366 × 768 screen under the top bar and above the demo tray and Back. */
    private static final double PREVIEW_HEIGHT = 330;
    private static final double PREVIEW_WIDTH = PREVIEW_HEIGHT * 4 / 3;

    private final CameraModel model;
    private final UiText text;
    private final Label title = label("screen-title", StyleClasses.TITLE);
    private final Label prompt = label("camera-prompt", StyleClasses.HEADING);
    private final Label purpose = label("camera-purpose");
    private final Label code = label("camera-code", StyleClasses.MUTED);
    private final Label starting = label("camera-starting", StyleClasses.HEADING);
    private final Label on = label("camera-on-label");
    private final HBox indicator;
    private final ImageView picture = new ImageView();
    private final Button back = new Button();

    CameraView(CameraModel model, UiText text, CameraController controller) {
        super(new BorderPane());
        this.model = model;
        this.text = text;

        picture.setFitWidth(PREVIEW_WIDTH);
        picture.setFitHeight(PREVIEW_HEIGHT);
        picture.setPreserveRatio(true);
        picture.setScaleX(-1); // a mirror: moving left moves the picture left, as people expect of themselves
        Rectangle placeholder = new Rectangle(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        placeholder.setFill(javafx.scene.paint.Color.TRANSPARENT);
        Ellipse guide = new Ellipse(PREVIEW_HEIGHT * 0.27, PREVIEW_HEIGHT * 0.37);
        guide.getStyleClass().add(StyleClasses.CAMERA_GUIDE);
        guide.setId("camera-guide");
        indicator = new HBox(new Circle(10), on);
        indicator.setId("camera-on");
        indicator.getStyleClass().add(StyleClasses.CAMERA_ON);
        indicator.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        StackPane.setAlignment(indicator, Pos.TOP_LEFT);
        starting.setWrapText(true);
        starting.setMaxWidth(PREVIEW_WIDTH * 0.8);
        starting.setMinWidth(0);
        StackPane preview = new StackPane(placeholder, picture, guide, starting, indicator);
        preview.setId("camera-preview");
        preview.getStyleClass().add(StyleClasses.CAMERA_PREVIEW);
        preview.setMinSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);
        preview.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);

        for (Label line : new Label[] {prompt, purpose, code}) {
            line.setWrapText(true);
        }
        VBox words = new VBox(24, prompt, purpose, code);
        words.setAlignment(Pos.CENTER_LEFT);
        words.setMaxWidth(520);
        // The sentences keep every word: on a small window (1024 x 768, larger text) they scroll beside the preview.
        words.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane wordsArea = ScrollArea.vertical(words);
        wordsArea.setMaxWidth(520);
        HBox centre = new HBox(40, preview, wordsArea);
        centre.setAlignment(Pos.CENTER);
        centre.setStyle("-fx-padding: 0 1em;");

        title.setMaxWidth(Double.MAX_VALUE);
        title.setAlignment(Pos.CENTER);
        BorderPane.setAlignment(title, Pos.CENTER);
        BorderPane.setMargin(title, new Insets(16, 0, 0, 0));
        back.setId("camera-back");
        back.getStyleClass().add(StyleClasses.NAVIGATION);
        back.setOnAction(event -> controller.onBack());
        HBox bottom = new HBox(back);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setStyle("-fx-padding: 0.5em 1em;");

        root.setTop(title);
        root.setCenter(centre);
        root.setBottom(bottom);
    }

    /** The prompt first: it is what the person has to do now. */
    @Override
    public String readAloudText() {
        return ReadAloudText.of(prompt, purpose, code);
    }

    /** The words of the prompt in the current language, for speaking it as it changes. */
    String promptWords() {
        return prompt.getText();
    }

    @Override
    protected void onAttached() {
        title.textProperty().bind(text.text("camera.title"));
        purpose.textProperty().bind(text.text("camera.purpose"));
        code.textProperty().bind(text.text("camera.code"));
        starting.textProperty().bind(text.text("camera.starting"));
        on.textProperty().bind(text.text("camera.on"));
        back.textProperty().bind(text.text("nav.back"));
        prompt.textProperty().bind(Bindings.createStringBinding(() -> text.messages().text(model.checking.get()
                        ? "camera.checking"
                        : "camera.prompt." + model.prompt.get().name().toLowerCase(Locale.ROOT).replace('_', '-')),
                model.prompt, model.checking, text.languageProperty()));
        picture.imageProperty().bind(model.preview);
        indicator.visibleProperty().bind(model.cameraOn);
        starting.visibleProperty().bind(model.preview.isNull());
    }

    @Override
    protected void onDetached() {
        for (Label label : new Label[] {title, purpose, code, starting, on, prompt}) {
            label.textProperty().unbind();
        }
        back.textProperty().unbind();
        picture.imageProperty().unbind();
        indicator.visibleProperty().unbind();
        starting.visibleProperty().unbind();
    }

    private static Label label(String id, String... styleClasses) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }
}
