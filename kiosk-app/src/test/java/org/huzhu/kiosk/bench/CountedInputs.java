package org.huzhu.kiosk.bench;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodHighlight;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.robot.Robot;

/**
 * A staff member's hands on a real window: the pointer moved onto a control (found by its id) and clicked, keys
 * typed, a mouse wheel turned, all through JavaFX's {@link Robot} and so through the same event path as a real mouse
 * and keyboard; and cards put on a reader. Each input waits for the first laid-out pulse that shows its effect before
 * the next one is given, as a person waits to see it. Counts what it delivers into a {@link InputTally}.
 */
final class CountedInputs {

    private static final long WAIT_SECONDS = 30;
    /** Wheel notches before a control that will not scroll into sight is given up on. */
    private static final int MOST_NOTCHES = 60;

    private final Scene scene;
    private Robot robot;
    private InputTally tally = new InputTally();

    CountedInputs(Scene scene) throws Exception {
        this.scene = scene;
        BenchFx.onFx(() -> robot = new Robot());
    }

    /** Starts counting afresh; returns what was counted until now. */
    InputTally restart() {
        InputTally counted = tally;
        tally = new InputTally();
        return counted;
    }

    /** Points at {@code id} (scrolling it into sight first if it is out of it) and clicks; waits for {@code then}. */
    void click(String id, Predicate<Scene> then) throws Exception {
        scrollIntoSight(id);
        tally.click();
        deliver(true, () -> {
            robot.mouseMove(centre(lookup(id)));
            robot.mouseClick(MouseButton.PRIMARY);
        }, then, "click on #" + id);
    }

    /** As {@link #click}, where {@code then} is a new screen the staff member has to take in (a mental step). */
    void clickToScreen(String id, Predicate<Scene> then) throws Exception {
        click(id, then);
        screenTakenIn();
    }

    /** The staff member takes in a new screen before the next input (a mental step). */
    void screenTakenIn() {
        tally.screen();
    }

    /** Waits, without an input, for the first pulse after which {@code then} holds. */
    void await(Predicate<Scene> then) throws Exception {
        deliver(false, () -> { }, then, "wait");
    }

    /** Types {@code typed} (digits, lower-case Latin letters, spaces) into the focused field, key by key. */
    void type(String typed) throws Exception {
        for (char c : typed.toCharArray()) {
            KeyCode key = keyFor(c);
            String expected = BenchFx.onFx(() -> focusedField().getText()) + c;
            tally.keystroke();
            deliver(true, () -> robot.keyType(key), s -> expected.equals(focusedField().getText()), "key " + c);
        }
    }

    /** Presses one key, such as Tab or Enter; waits for {@code then}. */
    void press(KeyCode key, Predicate<Scene> then) throws Exception {
        tally.keystroke();
        deliver(true, () -> robot.keyType(key), then, "key " + key);
    }

    /**
     * Chinese into the focused field as a pinyin input method gives it to JavaFX: the composed pinyin growing with
     * each key, then the characters committed with one more (the space that picks the first candidate). Monocle has
     * no input method, so the events an input method sends are given to the focused field directly, as the scene
     * would route them; each counts as the keystroke behind it.
     */
    void typeWithPinyin(String pinyin, String committed) throws Exception {
        String before = BenchFx.onFx(() -> focusedField().getText());
        for (int i = 1; i <= pinyin.length(); i++) {
            String composed = pinyin.substring(0, i);
            tally.keystroke();
            deliver(true, () -> focusedField().fireEvent(new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                    List.of(new InputMethodTextRun(composed, InputMethodHighlight.UNSELECTED_RAW)), "",
                    composed.length())), s -> (before + composed).equals(focusedField().getText()), "pinyin " + composed);
        }
        tally.keystroke();
        deliver(true, () -> focusedField().fireEvent(new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                List.of(), committed, committed.length())), s -> (before + committed).equals(focusedField().getText()),
                "commit " + committed);
    }

    /**
     * A card put on a reader ({@code put}, off the FX thread, as the reader's own thread sees it) until the screen
     * shows {@code then}, then taken away ({@code takeAway}) and the reader seen empty again ({@code seenAway}).
     */
    void cardTap(Runnable put, Predicate<Scene> then, Runnable takeAway, BooleanSupplier seenAway)
            throws Exception {
        tally.cardTap();
        deliver(false, put, then, "card tap");
        takeAway.run();
        while (!seenAway.getAsBoolean()) {
            Thread.onSpinWait();
        }
    }

    /** A card put on a reader and left there (the staff card); waits for {@code then}. */
    void cardPut(Runnable put, Predicate<Scene> then) throws Exception {
        tally.cardTap();
        deliver(false, put, then, "card put down");
    }

    /**
     * Runs {@code input} (on the FX thread, unless it is a card: readers have threads of their own) and waits for the
     * first pulse after which {@code then} holds.
     */
    private void deliver(boolean onFxThread, Runnable input, Predicate<Scene> then, String what) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable[] listener = new Runnable[1];
        BenchFx.onFx(() -> {
            listener[0] = () -> {
                if (then.test(scene)) {
                    done.complete(null);
                    scene.removePostLayoutPulseListener(listener[0]);
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
        });
        if (onFxThread) {
            BenchFx.onFx(() -> {
                input.run();
                Platform.requestNextPulse();
            });
        } else {
            input.run();
            Platform.runLater(Platform::requestNextPulse);
        }
        try {
            done.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            BenchFx.onFx(() -> scene.removePostLayoutPulseListener(listener[0]));
            throw new IllegalStateException("nothing came of the " + what + " within " + WAIT_SECONDS + " s; the "
                    + "problem line says: " + BenchFx.onFx(() -> scene.lookup("#counter-problem") instanceof Labeled
                    problem && shown(problem) ? problem.getText() : "(nothing)"), e);
        }
    }

    /**
     * Turns the wheel over the list holding {@code id} until all of it is in sight, counting each notch. (The
     * counter's lists hide what is scrolled out of sight, so the control is there but not yet shown.)
     */
    private void scrollIntoSight(String id) throws Exception {
        for (int notch = 0; notch < MOST_NOTCHES; notch++) {
            int direction = BenchFx.onFx(() -> outOfSight(present(id)));
            if (direction == 0) {
                return;
            }
            tally.wheelNotch();
            double before = BenchFx.onFx(() -> scrollPaneOf(present(id)).getVvalue());
            deliver(true, () -> wheelNotch(present(id), direction), s -> scrollPaneOf(present(id)).getVvalue() != before,
                    "wheel notch towards #" + id);
        }
        throw new IllegalStateException("#" + id + " did not scroll into sight after " + MOST_NOTCHES + " notches");
    }

    /**
     * One notch of the wheel (40 px, as Glass reports one) over {@code node}'s scroll pane, {@code direction} 1 to see
     * further down. Monocle's robot turns no wheel, so the event the scene would route is given to the node under the
     * pointer, from where it bubbles to its scroll pane as a real one does.
     */
    private void wheelNotch(Node node, int direction) {
        Point2D over = centre(scrollPaneOf(node));
        robot.mouseMove(over);
        Point2D inScene = scene.getRoot().screenToLocal(over);
        double delta = -40.0 * direction;
        node.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, inScene.getX(), inScene.getY(), over.getX(), over.getY(),
                false, false, false, false, false, false, 0, delta, 0, delta, ScrollEvent.HorizontalTextScrollUnits.NONE,
                0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
    }

    /** 0 if {@code node} is wholly inside its scroll pane's view (or in none); 1 if below it, -1 if above. */
    private static int outOfSight(Node node) {
        ScrollPane pane = scrollPaneOf(node);
        if (pane == null) {
            return 0;
        }
        Bounds view = pane.localToScene(pane.getLayoutBounds());
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getMaxY() > view.getMaxY()) {
            return 1;
        }
        return bounds.getMinY() < view.getMinY() ? -1 : 0;
    }

    private static ScrollPane scrollPaneOf(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane pane) {
                return pane;
            }
        }
        return null;
    }

    private Node present(String id) {
        Node node = scene.lookup("#" + id);
        if (node == null) {
            throw new IllegalStateException("no #" + id + " in the window");
        }
        return node;
    }

    private Node lookup(String id) {
        Node node = scene.lookup("#" + id);
        if (node == null || !shown(node)) {
            throw new IllegalStateException("no #" + id + " on the screen");
        }
        return node;
    }

    private TextInputControl focusedField() {
        if (scene.getFocusOwner() instanceof TextInputControl field) {
            return field;
        }
        throw new IllegalStateException("the keyboard focus is not in a text field but on " + scene.getFocusOwner());
    }

    private static Point2D centre(Node node) {
        Bounds bounds = node.localToScreen(node.getLayoutBounds());
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    private static KeyCode keyFor(char c) {
        if (c >= '0' && c <= '9') {
            return KeyCode.valueOf("DIGIT" + c);
        }
        if (c >= 'a' && c <= 'z') {
            return KeyCode.valueOf(String.valueOf(Character.toUpperCase(c)));
        }
        if (c == ' ') {
            return KeyCode.SPACE;
        }
        throw new IllegalArgumentException("no single key types '" + c + "'");
    }

    /** Whether {@code node} is in a scene, laid out, and it and all its parents are visible. */
    static boolean shown(Node node) {
        if (node.getScene() == null || node.getLayoutBounds().getWidth() <= 0) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The screen shows {@code id} (laid out, visible). */
    static Predicate<Scene> showing(String id) {
        return scene -> {
            Node node = scene.lookup("#" + id);
            return node != null && shown(node);
        };
    }

    /** The window holds {@code id}, maybe scrolled out of sight (a list's line). */
    static Predicate<Scene> inWindow(String id) {
        return scene -> scene.lookup("#" + id) != null;
    }

    /** The screen shows the label {@code id} saying {@code words}. */
    static Predicate<Scene> saying(String id, String words) {
        return showing(id).and(scene -> words.equals(((Labeled) scene.lookup("#" + id)).getText()));
    }

    /** The keyboard focus is on {@code id}. */
    static Predicate<Scene> focusOn(String id) {
        return scene -> scene.getFocusOwner() != null && id.equals(scene.getFocusOwner().getId());
    }
}
