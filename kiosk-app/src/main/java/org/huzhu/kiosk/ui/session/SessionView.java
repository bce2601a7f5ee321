package org.huzhu.kiosk.ui.session;

import javafx.beans.binding.StringExpression;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.ui.kit.ScrollArea;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/**
 * The frame of every signed-in screen, so Back and Home are always in the same places: the title on top, the
 * screen's content in the middle, a plain-words problem line when something could not be done, and Back (left) and
 * Home (right) at the bottom. Subclasses fill {@link #content} in {@link #render()}.
 */
public abstract class SessionView extends View<BorderPane> {

    protected final UiText text;
    protected final VBox content = new VBox(24);
    private final Label title = new Label();
    private final Label problem = new Label();
    private final Button back = new Button();
    private final Button home = new Button();
    private final Button primary = new Button();
    private final HBox nav = new HBox(24);
    /** The title, and on home the sign-out button at its right ({@link #besideTitle}). */
    private final HBox titleRow = new HBox(24);
    /** The problem line and Back / main action / Home: no room at all while neither is shown (home, no problem). */
    private final VBox bottom = new VBox(16);
    private final boolean withBack;

    private java.util.Optional<Exception> failure = java.util.Optional.empty();
    private final javafx.beans.value.ChangeListener<Object> rerender = (observable, before, after) -> {
        failure.ifPresent(this::showFailure);
        render();
    };

    /**
     * @param withBack false only for the first screen of a session (home), where there is nowhere to go back to;
     *                 Home is hidden there too
     */
    protected SessionView(UiText text, Navigator navigator, boolean withBack) {
        super(new BorderPane());
        this.text = text;
        this.withBack = withBack;
        title.setId("screen-title");
        title.getStyleClass().add(StyleClasses.TITLE);
        title.setWrapText(true);
        problem.setId("screen-problem");
        problem.getStyleClass().add(StyleClasses.BANNER_WARNING);
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        back.setId("nav-back");
        back.getStyleClass().addAll(StyleClasses.BUTTON_SECONDARY, StyleClasses.NAVIGATION);
        back.setOnAction(event -> navigator.back());
        back.setVisible(withBack);
        home.setVisible(withBack);
        nav.setManaged(withBack); // home has no Back or Home: its choices get the room
        home.setId("nav-home");
        home.getStyleClass().addAll(StyleClasses.BUTTON_SECONDARY, StyleClasses.NAVIGATION);
        home.setOnAction(event -> navigator.home());
        Region leftGap = new Region();
        Region rightGap = new Region();
        HBox.setHgrow(leftGap, Priority.ALWAYS);
        HBox.setHgrow(rightGap, Priority.ALWAYS);
        primary.setPrefWidth(440);
        primary.setVisible(false);
        nav.getChildren().addAll(back, leftGap, primary, rightGap, home);
        nav.setAlignment(Pos.CENTER);
        content.setAlignment(Pos.TOP_CENTER);
        content.setFillWidth(true);
        bottom.getChildren().addAll(problem, nav);
        showProblem(null);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        titleRow.getChildren().add(title);
        // Little room above and under the title: at 1024 x 768 with larger text two rows of choices must still fit.
        BorderPane.setMargin(titleRow, new Insets(0, 0, 4, 0));
        BorderPane.setMargin(bottom, new Insets(16, 0, 0, 0));
        root.setTop(titleRow);
        root.setCenter(ScrollArea.vertical(content)); // Back and Home stay in place on a small window
        root.setBottom(bottom);
        root.setPadding(new Insets(4, 48, 16, 48)); // 16 below: Back and Home that far from the demo tray's cards
    }

    /** Shows {@code message} (plain words, what to do next) above the navigation; {@code null} hides it. */
    public final void showProblem(String message) {
        if (message == null) {
            failure = java.util.Optional.empty();
        }
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
        problem.setManaged(message != null);
        bottom.setManaged(withBack || message != null);
    }

    /**
     * {@code action} at the right of the title's row (home's Sign out): on a 1024 x 768 window with the larger text
     * the screen's middle then keeps the room a row of its own would take.
     */
    protected final void besideTitle(javafx.scene.Node action) {
        titleRow.getChildren().add(action);
    }

    /**
     * The screen's main action ("Confirm booking", "Done"), always in the same place: between Back and Home. The
     * button's text is set by the screen in {@link #render()}.
     */
    protected final Button primaryAction(String id, Runnable action) {
        primary.setId(id);
        primary.setOnAction(event -> action.run());
        primary.setVisible(true);
        return primary;
    }

    /** Names the title for tests when {@code screen-title} is not specific enough (the home greeting). */
    protected final void titleId(String id) {
        title.setId(id);
    }

    /** Says in plain words why an action or a load failed and what to do next. */
    public final void showFailure(Exception failure) {
        showProblem(Words.problem(text.messages(), failure));
        this.failure = java.util.Optional.of(failure); // re-worded when the language is switched
    }

    protected abstract StringExpression titleText();

    /**
     * Builds the content from the model in the current language. Runs when the screen is shown, on every language
     * switch, and whenever the screen calls it after its model changed.
     */
    protected abstract void render();

    /** The text for {@code key} in the current language. */
    protected final String words(String key, Object... arguments) {
        return arguments.length == 0 ? text.messages().text(key) : text.messages().format(key, arguments);
    }

    @Override
    protected final void onAttached() {
        title.textProperty().bind(titleText());
        back.textProperty().bind(text.text("nav.back"));
        home.textProperty().bind(text.text("nav.home"));
        text.languageProperty().addListener(rerender);
        render();
    }

    @Override
    protected final void onDetached() {
        title.textProperty().unbind();
        back.textProperty().unbind();
        home.textProperty().unbind();
        text.languageProperty().removeListener(rerender);
    }
}
