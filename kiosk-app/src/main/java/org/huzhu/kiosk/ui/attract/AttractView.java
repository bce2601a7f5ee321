package org.huzhu.kiosk.ui.attract;

import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextAlignment;
import javafx.scene.layout.StackPane;
import org.huzhu.kiosk.ui.kit.ReadAloudText;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/**
 * The attract screen: a large bilingual welcome, two pictograms that show how to sign in, the clock and where to get
 * help. The camera's panel is a button that opens the camera (face or code); at a station without a camera it is not
 * there, and the welcome speaks of the card only. Signing in by card needs nothing pressed.
 */
final class AttractView extends View<BorderPane> {

    /** A caption wraps after about a dozen letters ("Look at the / camera"), so the two panels fit side by side. */
    private static final String CAPTION_WIDTH = "-fx-max-width: 7em;";

    private final AttractModel model;
    private final UiText text;
    private final String welcomeKey;

    private final Label welcome = label("welcome-primary", StyleClasses.TITLE);
    private final Label welcomeOtherLanguage = label("welcome-secondary", StyleClasses.HEADING, StyleClasses.MUTED);
    private final Label cardHint = label("hint-card", StyleClasses.HEADING);
    private final Label cameraHint = label("hint-camera", StyleClasses.HEADING);
    private final Label time = label("clock-time", StyleClasses.CLOCK_TIME);
    private final Label date = label("clock-date");
    private final Label help = label("help", StyleClasses.MUTED);
    private final Label reading = label("reading", StyleClasses.HEADING);

    AttractView(AttractModel model, UiText text, Optional<Runnable> openCamera) {
        super(new BorderPane());
        this.model = model;
        this.text = text;
        this.welcomeKey = openCamera.isPresent() ? "attract.welcome" : "attract.welcome.cardOnly";

        for (Label line : new Label[] {welcome, welcomeOtherLanguage, reading}) {
            centred(line);
        }
        for (Label whole : new Label[] {welcome, welcomeOtherLanguage, cardHint, cameraHint, reading}) {
            whole.setMinHeight(Region.USE_PREF_SIZE); // all its lines, never one cut short when the window is low
        }
        // Captions of at most two short lines and a smaller gap: both panels side by side on a 1024 px window too.
        HBox hints = new HBox(16, panel(cardPictogram(), cardHint));
        openCamera.ifPresent(open -> hints.getChildren().add(cameraButton(open)));
        hints.setAlignment(Pos.CENTER);
        // Compact enough for a 1280 × 800 window at the larger text step, with the "no reader" banner shown.
        VBox centre = new VBox(4, welcome, welcomeOtherLanguage, hints, reading);
        centre.setAlignment(Pos.CENTER);
        centre.setStyle("-fx-padding: 0 1em;");

        time.setMinWidth(Region.USE_PREF_SIZE);
        date.setMinWidth(Region.USE_PREF_SIZE);
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        // The date with where to get help under it, beside the big time: the help's sentence gets the width of the
        // date and wraps into two lines at most, not a narrow column of four that would push the welcome off a
        // 1024 x 768 window.
        VBox dateAndHelp = new VBox(date, help);
        HBox.setHgrow(dateAndHelp, Priority.ALWAYS);
        HBox bottom = new HBox(16, time, dateAndHelp);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setStyle("-fx-padding: 0 0.5em 0.25em 0.5em;"); // the help's sentence on one line where it can be

        root.setCenter(centre);
        root.setBottom(bottom);
    }

    /** What to do, in the current language only (the welcome's other language would be read with the wrong voice). */
    @Override
    public String readAloudText() {
        return ReadAloudText.of(welcome, cardHint, cameraHint, reading, help);
    }

    @Override
    protected void onAttached() {
        welcome.textProperty().bind(text.text(welcomeKey));
        welcomeOtherLanguage.textProperty().bind(text.textInNextLanguage(welcomeKey));
        cardHint.textProperty().bind(text.text("attract.card"));
        cameraHint.textProperty().bind(text.text("attract.camera"));
        help.textProperty().bind(text.text("attract.help"));
        reading.textProperty().bind(text.text("attract.reading"));
        reading.visibleProperty().bind(model.reading);
        reading.managedProperty().bind(model.reading); // takes no room while hidden: the window may be only 768 high
        time.textProperty().bind(formatted("clock.time"));
        date.textProperty().bind(formatted("clock.date"));
    }

    @Override
    protected void onDetached() {
        for (Label label : new Label[] {welcome, welcomeOtherLanguage, cardHint, cameraHint, help, time, date, reading}) {
            label.textProperty().unbind();
        }
        reading.visibleProperty().unbind();
        reading.managedProperty().unbind();
    }

    /** The clock's time in the pattern the current language's bundle gives under {@code patternKey}. */
    private StringBinding formatted(String patternKey) {
        return Bindings.createStringBinding(
                () -> DateTimeFormatter.ofPattern(text.messages().text(patternKey), text.language().locale())
                        .format(model.now.get()),
                model.now, text.languageProperty());
    }

    private static Label label(String id, String... styleClasses) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** The pictogram beside its caption, which wraps when the panel is narrow. */
    private static HBox panel(Node pictogram, Label caption) {
        caption.setWrapText(true);
        caption.setStyle(CAPTION_WIDTH);
        HBox panel = new HBox(pictogram, caption);
        panel.getStyleClass().add(StyleClasses.PANEL);
        // The theme's 18em panel would not leave the camera's button room, nor its padding the camera's caption.
        panel.setStyle("-fx-min-width: 12em; -fx-padding: 0.5em;");
        panel.setAlignment(Pos.CENTER_LEFT);
        return panel;
    }

    /** The camera's panel as one large button: the pictogram and "look at the camera", which opens it. */
    private Button cameraButton(Runnable open) {
        cameraHint.setWrapText(true);
        cameraHint.setStyle(CAPTION_WIDTH);
        Button button = new Button();
        button.setId("attract-camera");
        HBox graphic = new HBox(16, cameraPictogram(), cameraHint);
        graphic.setAlignment(Pos.CENTER_LEFT);
        button.setGraphic(graphic);
        button.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        // Half a button's usual room at the sides: "Look at the" keeps one line of the caption on a 1024 px window.
        button.setStyle("-fx-padding: 0.5em;");
        button.setOnAction(event -> open.run());
        return button;
    }

    /** A line across the whole width with its text in the middle, wrapping if long. */
    private static void centred(Label line) {
        line.setWrapText(true);
        line.setTextAlignment(TextAlignment.CENTER);
        line.setAlignment(Pos.CENTER);
        line.setMaxWidth(Double.MAX_VALUE);
    }

    /** A social-security card with its chip. */
    private static Node cardPictogram() {
        Rectangle card = new Rectangle(128, 80); // pictograms this size leave both captions two lines at 1024 px
        card.setArcWidth(20);
        card.setArcHeight(20);
        card.getStyleClass().add(StyleClasses.PICTOGRAM);
        Rectangle chip = new Rectangle(28, 21);
        chip.setArcWidth(6);
        chip.setArcHeight(6);
        chip.getStyleClass().addAll(StyleClasses.PICTOGRAM, StyleClasses.PICTOGRAM_ACCENT);
        chip.setTranslateX(-36);
        return new StackPane(card, chip);
    }

    /** A camera: a body with a lens. */
    private static Node cameraPictogram() {
        Rectangle body = new Rectangle(112, 80);
        body.setArcWidth(24);
        body.setArcHeight(24);
        body.getStyleClass().add(StyleClasses.PICTOGRAM);
        Circle lens = new Circle(24);
        lens.getStyleClass().addAll(StyleClasses.PICTOGRAM, StyleClasses.PICTOGRAM_ACCENT);
        return new StackPane(body, lens);
    }
}
