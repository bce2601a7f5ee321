package org.huzhu.kiosk.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.huzhu.kiosk.ui.kit.ScrollArea;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/**
 * The frame: a top bar (centre name, demo badge, and the aids every screen offers in the same place: read aloud,
 * quieter, louder, larger text, language), a warning banner when no card reader works, the current screen with the
 * idle question over it, and in demo mode a tray of demo cards to tap and the demo printer's paper (the staff card stays on the reader, "take card
 * away" in its place). The larger text step scales the screen and the idle question, not the frame, so the frame's
 * buttons never move.
 */
final class ShellView extends View<BorderPane> {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ShellModel model;
    private final UiText text;
    private final Label centreName = new Label();
    private final Label demoBadge = new Label();
    private final Button readAloud = new Button();
    private final Button quieter = new Button();
    private final Button louder = new Button();
    private final Button textSize = new Button();
    private final Button languageToggle = new Button();
    private final Label readerBanner = new Label();
    private final Optional<Node> demoTray;
    private final BorderPane screenArea = new BorderPane();
    private final StackPane body;
    private final ChangeListener<Boolean> textSizeFollower = (observable, was, large) -> showTextSize(large);
    private final ChangeListener<Boolean> dimFollower = (observable, was, dimmed) -> showDimmed(dimmed);
    private final ObservableBooleanValue idleQuestionShown;

    ShellView(ShellModel model, UiText text, ShellController controller, Node idlePrompt,
            ObservableBooleanValue idleQuestionShown, Optional<Node> demoTray, Optional<Node> demoPaper) {
        super(new BorderPane());
        this.model = model;
        this.text = text;
        this.idleQuestionShown = idleQuestionShown;
        this.demoTray = demoTray;

        centreName.setId("centre-name");
        centreName.getStyleClass().add(StyleClasses.CENTRE_NAME);
        centreName.setWrapText(true); // on a narrow window the name takes two lines; the buttons never shrink
        demoBadge.setId("demo-badge");
        demoBadge.getStyleClass().add(StyleClasses.DEMO_BADGE);
        topBarButton(readAloud, "read-aloud", controller::onReadAloud, Icons.READ_ALOUD);
        topBarButton(quieter, "volume-down", controller::onQuieter, Icons.QUIETER);
        topBarButton(louder, "volume-up", controller::onLouder, Icons.LOUDER);
        topBarButton(textSize, "text-size", controller::onTextSizeToggle, null);
        topBarButton(languageToggle, "language-toggle", controller::onLanguageToggle, null);
        HBox tools = new HBox(readAloud, quieter, louder, textSize, languageToggle);
        tools.getStyleClass().add(StyleClasses.BUTTON_ROW);
        tools.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The badge under the name, not among the buttons: on a 1024 px window the name keeps a whole line.
        VBox identity = new VBox(2, centreName, demoBadge);
        identity.setAlignment(Pos.CENTER_LEFT);
        // A long name wraps onto lines of at least eight characters. No spacing under the lines: the name and the
        // badge together are no taller than the buttons beside them, so the bar keeps its height.
        centreName.setStyle("-fx-min-width: 8em; -fx-line-spacing: 0;");
        demoBadge.setStyle("-fx-line-spacing: 0; -fx-padding: 0.1em 0.5em;");
        HBox topBar = new HBox(identity, spacer, tools);
        topBar.getStyleClass().add(StyleClasses.TOP_BAR);
        topBar.setAlignment(Pos.CENTER_LEFT);

        readerBanner.setId("reader-banner");
        readerBanner.getStyleClass().add(StyleClasses.BANNER_WARNING);
        readerBanner.setMaxWidth(Double.MAX_VALUE);
        readerBanner.setWrapText(true);
        root.setTop(new VBox(topBar, readerBanner));

        body = new StackPane(screenArea);
        // The demo printer's paper lies at the screen's top right corner (above its bottom row of buttons) until the
        // kiosk moves on; the idle question covers it like everything else.
        demoPaper.ifPresent(paper -> {
            StackPane.setAlignment(paper, Pos.TOP_RIGHT);
            StackPane.setMargin(paper, new javafx.geometry.Insets(16));
            body.getChildren().add(paper);
        });
        body.getChildren().add(idlePrompt);
        body.setId("screen-area");
        root.setCenter(body);
    }

    /** The demo tray keeps one row: on a narrow window it scrolls sideways rather than cut a card's name short. */
    private static Node trayRow(Node tray) {
        return tray instanceof Region row ? ScrollArea.sideways(row) : tray;
    }

    private static void topBarButton(Button button, String id, Runnable action, String icon) {
        button.setId(id);
        button.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        button.setOnAction(event -> action.run());
        if (icon != null) {
            SVGPath graphic = new SVGPath();
            graphic.setContent(icon);
            graphic.getStyleClass().add(StyleClasses.BUTTON_ICON);
            button.setGraphic(graphic);
        }
    }

    /** Drawings for the read-aloud buttons (36 px square): a loudspeaker, with a sound wave, a minus or a plus. */
    private static final class Icons {
        private static final String SPEAKER = "M3 13 h9 l10 -9 v28 l-10 -9 h-9 z";
        static final String READ_ALOUD = SPEAKER + " M26 9 q7 9 0 18 l-2.2 -2.2 q5 -6.8 0 -13.6 z";
        static final String QUIETER = SPEAKER + " M24 15.5 h12 v5 h-12 z";
        static final String LOUDER = SPEAKER + " M24 15.5 h3.5 v-3.5 h5 v3.5 h3.5 v5 h-3.5 v3.5 h-5 v-3.5 h-3.5 z";
    }

    @Override
    protected void onAttached() {
        centreName.textProperty().bind(model.centreName);
        demoBadge.visibleProperty().bind(model.demo);
        demoBadge.managedProperty().bind(model.demo);
        demoBadge.textProperty().bind(text.text("demo.badge"));
        bindTopBarButton(readAloud, "shell.readAloud");
        bindIconButton(quieter, "shell.quieter");
        bindIconButton(louder, "shell.louder");
        bindTopBarButton(textSize, "shell.textSize");
        bindTopBarButton(languageToggle, "language.switch");
        for (Button speech : List.of(readAloud, quieter, louder)) {
            // Hidden, not disabled, without an engine: a button that does nothing would confuse.
            speech.visibleProperty().bind(model.speechAvailable);
            speech.managedProperty().bind(model.speechAvailable);
        }
        quieter.disableProperty().bind(Bindings.createBooleanBinding(() -> model.volume.get().isQuietest(),
                model.volume));
        louder.disableProperty().bind(Bindings.createBooleanBinding(() -> model.volume.get().isLoudest(),
                model.volume));
        model.largeText.addListener(textSizeFollower);
        showTextSize(model.largeText.get());
        model.dimmed.addListener(dimFollower);
        showDimmed(model.dimmed.get());
        readerBanner.textProperty().bind(text.text("reader.missing"));
        readerBanner.visibleProperty().bind(model.readerAvailable.not());
        readerBanner.managedProperty().bind(model.readerAvailable.not());
        root.setBottom(demoTray.map(ShellView::trayRow).orElse(null));
        screenArea.centerProperty().bind(model.screen);
        // Under the idle question the screen takes no input, not even from the keyboard.
        screenArea.disableProperty().bind(idleQuestionShown);
    }

    @Override
    protected void onDetached() {
        for (var label : List.of(centreName, demoBadge, readerBanner)) {
            label.textProperty().unbind();
        }
        demoBadge.visibleProperty().unbind();
        demoBadge.managedProperty().unbind();
        for (Button button : List.of(readAloud, quieter, louder, textSize, languageToggle)) {
            button.textProperty().unbind();
            button.accessibleTextProperty().unbind();
            button.accessibleHelpProperty().unbind();
            button.visibleProperty().unbind();
            button.managedProperty().unbind();
            button.disableProperty().unbind();
        }
        model.largeText.removeListener(textSizeFollower);
        model.dimmed.removeListener(dimFollower);
        readerBanner.visibleProperty().unbind();
        readerBanner.managedProperty().unbind();
        screenArea.centerProperty().unbind();
        screenArea.disableProperty().unbind();
    }

    private void bindTopBarButton(Button button, String textKey) {
        button.textProperty().bind(text.text(textKey));
        button.accessibleHelpProperty().bind(text.text(textKey + ".help"));
    }

    /** A button that shows only its drawing: its words are for screen readers. */
    private void bindIconButton(Button button, String textKey) {
        button.accessibleTextProperty().bind(text.text(textKey));
        button.accessibleHelpProperty().bind(text.text(textKey + ".help"));
    }

    private void showDimmed(boolean dimmed) {
        root.getStyleClass().remove(StyleClasses.DIMMED);
        if (dimmed) {
            root.getStyleClass().add(StyleClasses.DIMMED);
        }
    }

    private void showTextSize(boolean large) {
        textSize.pseudoClassStateChanged(SELECTED, large);
        body.getStyleClass().remove(StyleClasses.LARGE_TEXT);
        if (large) {
            body.getStyleClass().add(StyleClasses.LARGE_TEXT);
        }
    }
}
