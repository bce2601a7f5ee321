package org.huzhu.kiosk.ui.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.staff.StaffSignIn;
import org.huzhu.kiosk.ui.kit.DigitPad;
import org.huzhu.kiosk.ui.kit.ReadAloudText;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/**
 * Left, what this is and where it stands: the title, whose card it is, a dot per typed digit, then one line that is
 * the hint, "checking…" with a spinner, or the card's answer; and Cancel. Right, the digit pad. Side by side, so the
 * screen fits a 1366 × 768 kiosk at the larger text step.
 */
final class PinView extends View<HBox> {

    private final PinModel model;
    private final UiText text;
    private final Label title = new Label();
    private final Label holder = new Label();
    private final HBox dots = new HBox();
    private final List<Region> dotNodes = new ArrayList<>();
    private final Label hint = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label checking = new Label();
    private final HBox checkingRow = new HBox(spinner, checking);
    private final Label problem = new Label();
    private final Button cancel = new Button();
    private final DigitPad pad;
    /** The scene whose keyboard the pad listens to while this screen is shown. */
    private Scene listening;

    PinView(PinModel model, UiText text, PinController controller) {
        super(new HBox());
        this.model = model;
        this.text = text;
        title.setId("screen-title");
        title.getStyleClass().add(StyleClasses.TITLE);
        title.setWrapText(true);
        holder.setId("pin-holder");
        holder.getStyleClass().add(StyleClasses.HEADING);
        holder.setWrapText(true);

        dots.setId("pin-dots");
        dots.getStyleClass().add(StyleClasses.PANEL);
        dots.setAlignment(Pos.CENTER_LEFT);
        // Narrower than the theme's panel (18em): beside the pad on a 1024 px window it must not reach under the keys.
        dots.setStyle("-fx-spacing: 0.5em; -fx-min-height: 2.5em; -fx-min-width: 8em;");
        for (int i = 0; i < StaffSignIn.MAX_PIN_DIGITS; i++) {
            Region dot = new Region();
            // A filled disc in the text colour of the palette; em, so it grows with the larger text step.
            dot.setStyle("-fx-background-color: -color-fg; -fx-background-radius: 0.5em; "
                    + "-fx-min-width: 1em; -fx-min-height: 1em; -fx-max-width: 1em; -fx-max-height: 1em;");
            dotNodes.add(dot);
        }
        dots.getChildren().addAll(dotNodes);

        hint.setId("pin-hint");
        hint.setWrapText(true);
        spinner.setStyle("-fx-progress-color: -color-accent; -fx-pref-width: 1.5em; -fx-pref-height: 1.5em;");
        checking.setId("pin-checking");
        checking.setWrapText(true);
        checkingRow.setAlignment(Pos.CENTER_LEFT);
        checkingRow.setStyle("-fx-spacing: 0.5em;");
        problem.setId("pin-problem");
        problem.getStyleClass().add(StyleClasses.BANNER_WARNING);
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);

        cancel.setId("pin-cancel");
        // Like Back: always there, the same width as Back and Home.
        cancel.getStyleClass().addAll(StyleClasses.BUTTON_SECONDARY, StyleClasses.NAVIGATION);
        cancel.setOnAction(event -> controller.onCancel());

        pad = new DigitPad("pin", controller::onDigit, controller::onDelete, controller::onOk);

        for (Label whole : new Label[] {title, holder, hint, checking, problem}) {
            whole.setMinHeight(Region.USE_PREF_SIZE); // every line of it: the column never cuts a sentence short
        }
        VBox status = new VBox(title, holder, dots, hint, checkingRow, problem, cancel);
        status.setStyle("-fx-spacing: 0.5em; -fx-pref-width: 20em; -fx-min-width: 14em;");
        status.setAlignment(Pos.CENTER_LEFT);
        root.setAlignment(Pos.CENTER);
        root.setStyle("-fx-spacing: 1em; -fx-padding: 0.75em 1em;"); // keys clear of the top bar's buttons
        root.getChildren().addAll(status, pad);
    }

    /** What the screen says, and how many digits are typed (never which). */
    @Override
    public String readAloudText() {
        return ReadAloudText.of(title, holder) + "\n" + dots.getAccessibleText() + "\n"
                + ReadAloudText.of(hint, checking, problem);
    }

    @Override
    protected void onAttached() {
        title.textProperty().bind(text.text("pin.title"));
        holder.textProperty().bind(Bindings.createStringBinding(
                () -> text.messages().format("pin.holder", model.holderName.get()),
                text.languageProperty(), model.holderName));
        dots.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> text.messages().format("pin.typed", model.digitsTyped.get()),
                text.languageProperty(), model.digitsTyped));
        for (int i = 0; i < dotNodes.size(); i++) {
            dotNodes.get(i).visibleProperty().bind(model.digitsTyped.greaterThan(i));
            dotNodes.get(i).managedProperty().bind(model.digitsTyped.greaterThan(i));
        }
        BooleanBinding answered = Bindings.createBooleanBinding(() -> model.problem.get().isPresent(), model.problem);
        showOnlyWhen(hint, model.checking.not().and(answered.not()));
        showOnlyWhen(checkingRow, model.checking);
        showOnlyWhen(problem, model.checking.not().and(answered));
        // No dots once the card cannot take another PIN (blocked): nothing can be typed, and on a 1024 x 768 window
        // the answer's sentence needs their room.
        showOnlyWhen(dots, Bindings.createBooleanBinding(
                () -> model.problem.get().map(PinProblem::anotherTry).orElse(true), model.problem));
        hint.textProperty().bind(text.text("pin.hint"));
        checking.textProperty().bind(text.text("pin.checking"));
        problem.textProperty().bind(Bindings.createStringBinding(this::problemText, text.languageProperty(),
                model.problem, model.triesLeft));
        cancel.textProperty().bind(text.text("pin.cancel"));

        pad.deleteKey().textProperty().bind(text.text("pin.delete"));
        pad.okKey().textProperty().bind(text.text("pin.ok"));
        pad.disableProperty().bind(model.checking.or(Bindings.createBooleanBinding(
                () -> model.problem.get().map(shown -> !shown.anotherTry()).orElse(false), model.problem)));
        pad.okKey().disableProperty().bind(model.digitsTyped.lessThan(StaffSignIn.MIN_PIN_DIGITS));
        pad.deleteKey().disableProperty().bind(model.digitsTyped.isEqualTo(0));
        pad.digitKeys().forEach(key -> key.disableProperty().bind(
                model.digitsTyped.greaterThanOrEqualTo(StaffSignIn.MAX_PIN_DIGITS)));
        listening = root.getScene();
        pad.listenToKeyboard(listening);
    }

    @Override
    protected void onDetached() {
        for (Label label : List.of(title, holder, hint, checking, problem)) {
            label.textProperty().unbind();
        }
        dots.accessibleTextProperty().unbind();
        for (Region dot : dotNodes) {
            dot.visibleProperty().unbind();
            dot.managedProperty().unbind();
        }
        for (Region node : List.of(hint, checkingRow, problem, dots)) {
            node.visibleProperty().unbind();
            node.managedProperty().unbind();
        }
        cancel.textProperty().unbind();
        pad.deleteKey().textProperty().unbind();
        pad.okKey().textProperty().unbind();
        pad.disableProperty().unbind();
        pad.okKey().disableProperty().unbind();
        pad.deleteKey().disableProperty().unbind();
        pad.digitKeys().forEach(key -> key.disableProperty().unbind());
        pad.stopListening(listening);
        listening = null;
    }

    private String problemText() {
        Optional<PinProblem> shown = model.problem.get();
        if (shown.isEmpty()) {
            return "";
        }
        var messages = text.messages();
        if (shown.get() != PinProblem.WRONG_PIN) {
            return messages.text(shown.get().textKey());
        }
        String wrong = messages.format(PinProblem.WRONG_PIN.textKey(), model.triesLeft.get());
        return model.triesLeft.get() == 1 ? wrong + "\n" + messages.text("pin.lastTry") : wrong;
    }

    private static void showOnlyWhen(Region node, BooleanExpression condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
