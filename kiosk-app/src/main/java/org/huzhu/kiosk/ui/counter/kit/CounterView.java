package org.huzhu.kiosk.ui.counter.kit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/**
 * The frame of every counter screen (ADR 0013), in the counter's content area: the title, the screen's content, a
 * plain-words problem line when something could not be done, and the screen's actions in a row under them, the
 * main one first. Subclasses build content and actions from their model in {@link #render()}, which runs when the
 * screen is shown, on every language switch, and whenever they call it after their model changed.
 */
public abstract class CounterView extends View<VBox> {

    /** Panels and facts keep to a readable line length at the counter's text size (40 em). */
    protected static final double READABLE_WIDTH = 720;

    protected final UiText text;
    private final Label title = new Label();
    private final VBox content = new VBox();
    private final Label problem = new Label();
    private final HBox actions = new HBox();
    private final ChangeListener<Object> rerender = (observable, before, after) -> refresh();

    protected CounterView(UiText text) {
        super(new VBox());
        this.text = text;
        title.setId("counter-title");
        title.getStyleClass().add(StyleClasses.HEADING);
        title.setWrapText(true);
        content.getStyleClass().add(StyleClasses.COUNTER_CONTENT);
        content.setStyle("-fx-padding: 0;");
        problem.setId("counter-problem");
        problem.getStyleClass().add(StyleClasses.BANNER_WARNING);
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        actions.getStyleClass().add(StyleClasses.BUTTON_ROW);
        actions.setStyle("-fx-alignment: center-left;"); // under the content it belongs to, not centred as in a dialog
        root.getStyleClass().add(StyleClasses.COUNTER_CONTENT);
        root.getChildren().addAll(title, content, problem, actions);
        showProblem(Optional.empty());
    }

    /** The title in the current language; called by every render. */
    protected abstract String titleText();

    /** Builds the content and actions from the model in the current language (see {@link #refresh()}). */
    protected abstract void render();

    /** Shows the title and renders: when shown, on a language switch, and when a model the view watches changes. */
    protected final void refresh() {
        title.setText(titleText());
        render();
    }

    /** Puts {@code nodes} in the content area, in order. */
    protected final void showContent(List<? extends Node> nodes) {
        content.getChildren().setAll(nodes);
    }

    /** Puts {@code buttons} in the action row, in order: the main action first. */
    protected final void showActions(List<Button> buttons) {
        actions.getChildren().setAll(buttons);
    }

    /** Shows a plain-words problem (what went wrong and what to do next) above the actions; empty hides it. */
    protected final void showProblem(Optional<String> message) {
        problem.setText(message.orElse(""));
        problem.setVisible(message.isPresent());
        problem.setManaged(message.isPresent());
    }

    /** The text for {@code key} in the current language. */
    protected final String words(String key, Object... arguments) {
        return arguments.length == 0 ? text.messages().text(key) : text.messages().format(key, arguments);
    }

    /** A button for the action row: the main action filled, the others outlined. */
    protected final Button action(String id, String label, boolean main, Runnable onPress) {
        Button button = new Button(label);
        button.setId(id);
        if (!main) {
            button.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        }
        button.setOnAction(event -> onPress.run());
        return button;
    }

    /** A card-like panel holding {@code nodes}, one under the other, no wider than reads well. */
    protected static VBox panel(Node... nodes) {
        VBox panel = new VBox(nodes);
        panel.getStyleClass().add(StyleClasses.PANEL);
        panel.setMaxWidth(READABLE_WIDTH);
        return panel;
    }

    /** A wrapping label in bold body text: what a staff member should read first. */
    protected static Label emphasised(String words, String id) {
        Label label = wrapped(words, id);
        label.getStyleClass().add(StyleClasses.EMPHASIS);
        return label;
    }

    /** A spinner and what is going on, for work that takes a moment (signing on the staff card). */
    protected static Node busy(String words, String id) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setStyle("-fx-progress-color: -color-accent; -fx-pref-width: 1.5em; -fx-pref-height: 1.5em;");
        HBox row = new HBox(spinner, wrapped(words, id));
        row.setAlignment(Pos.CENTER_LEFT);
        row.setStyle("-fx-spacing: 0.5em;");
        return row;
    }

    /**
     * Choices side by side, onto a second line where the window is narrow: a flow pane gives each its whole width,
     * where a row would squeeze their names to "…".
     */
    protected static FlowPane choices(Collection<? extends Node> choices) {
        FlowPane row = new FlowPane(choices.toArray(Node[]::new));
        row.setStyle("-fx-hgap: 0.5em; -fx-vgap: 0.5em;");
        return row;
    }

    /** One of a group's choices, outlined, of which one stays chosen once one was. */
    protected static ToggleButton choice(String id, ToggleGroup group, Runnable onChoose) {
        ToggleButton button = new ToggleButton();
        button.setId(id);
        button.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        button.setToggleGroup(group);
        // One weight for the whole name: the button's bold would reach only its Latin letters and digits.
        button.setStyle("-fx-font-weight: normal;");
        button.setOnAction(event -> {
            button.setSelected(true); // one is always chosen
            onChoose.run();
        });
        return button;
    }

    /** A label that wraps in the content's width. */
    protected static Label wrapped(String words, String id) {
        Label label = new Label(words);
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    @Override
    protected final void onAttached() {
        text.languageProperty().addListener(rerender);
        refresh();
    }

    @Override
    protected final void onDetached() {
        text.languageProperty().removeListener(rerender);
    }

    /** Re-renders when {@code model} changes (call in the constructor, once per property). */
    protected final void refreshOnChange(ObservableValue<?> model) {
        model.addListener(rerender);
    }
}
