package org.huzhu.kiosk.ui.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import org.huzhu.themes.StyleClasses;

/**
 * An on-screen number pad for a touch screen without a keyboard: 1-9 in three rows as on a telephone, then delete, 0
 * and OK, every key the same size (tiles as large as the largest key). It offers one thing, entering a number, so the elder-friendly audit counts all its
 * keys as one choice. Digits, Backspace/Delete and Enter typed on a physical keyboard press the same keys (a key that
 * is disabled ignores them), while the pad is enabled and {@link #listenToKeyboard} is on.
 *
 * <p>The owner binds the delete and OK keys' texts and the keys' disabled states. FX thread only.
 */
public final class DigitPad extends TilePane {

    /** Keys in a phone's order; 0 sits under 8. */
    private static final int[][] ROWS = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};

    private final List<Button> digits = new ArrayList<>();
    private final Button delete;
    private final Button ok;
    private final EventHandler<KeyEvent> typedKeys = this::onKeyTyped;
    private final EventHandler<KeyEvent> pressedKeys = this::onKeyPressed;

    /**
     * @param id names the pad ({@code id-pad}) and its keys ({@code id-digit-0} … {@code id-digit-9},
     *           {@code id-delete}, {@code id-ok}) for tests
     */
    public DigitPad(String id, IntConsumer onDigit, Runnable onDelete, Runnable onOk) {
        setId(id + "-pad");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE); // in a taller or wider parent it stays one block
        // Never fewer columns in a narrow parent (1024 px): the pad keeps its telephone shape, the text beside it wraps.
        setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // 0.75em: keys stay at least 16 px apart at either text size.
        setStyle("-fx-hgap: 0.75em; -fx-vgap: 0.75em;");
        for (int digit = 0; digit <= 9; digit++) {
            // Digits in heading size, on keys as tall as the theme's 3em of body text.
            Button key = key(id + "-digit-" + digit, StyleClasses.BUTTON_SECONDARY, StyleClasses.HEADING);
            key.setText(Integer.toString(digit));
            key.setStyle("-fx-min-height: 2em; -fx-min-width: 2.5em; -fx-padding: 0.25em 0.5em;");
            int typed = digit;
            key.setOnAction(event -> onDigit.accept(typed));
            digits.add(key);
        }
        setPrefColumns(ROWS[0].length);
        for (int[] row : ROWS) {
            for (int digit : row) {
                getChildren().add(digits.get(digit));
            }
        }
        delete = key(id + "-delete", StyleClasses.BUTTON_SECONDARY);
        // Little side padding: the widest word ("Delete") sets every tile's width.
        delete.setStyle("-fx-padding: 0.25em 0.5em;");
        delete.setOnAction(event -> onDelete.run());
        ok = key(id + "-ok");
        ok.setStyle("-fx-padding: 0.25em 0.5em;");
        ok.setOnAction(event -> onOk.run());
        getChildren().addAll(delete, digits.get(0), ok);
    }

    private static Button key(String id, String... styleClasses) {
        Button key = new Button();
        key.setId(id);
        key.getStyleClass().addAll(styleClasses);
        key.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE); // every key fills its cell: one size for all
        key.setFocusTraversable(false); // typed keys go to the pad, not to a key that happens to have the focus
        return key;
    }

    /** The keys 0-9, in that order. */
    public List<Button> digitKeys() {
        return List.copyOf(digits);
    }

    public Button deleteKey() {
        return delete;
    }

    public Button okKey() {
        return ok;
    }

    /** From now on, keys typed anywhere in {@code scene} press this pad's keys. Undo with {@link #stopListening}. */
    public void listenToKeyboard(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, typedKeys);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, pressedKeys);
    }

    public void stopListening(Scene scene) {
        scene.removeEventFilter(KeyEvent.KEY_TYPED, typedKeys);
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, pressedKeys);
    }

    private void onKeyTyped(KeyEvent event) {
        String typed = event.getCharacter();
        if (typed.length() == 1 && typed.charAt(0) >= '0' && typed.charAt(0) <= '9') {
            press(digits.get(typed.charAt(0) - '0'), event);
        }
    }

    private void onKeyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.BACK_SPACE || event.getCode() == KeyCode.DELETE) {
            press(delete, event);
        } else if (event.getCode() == KeyCode.ENTER) {
            press(ok, event);
        }
    }

    /** Presses {@code key} as a touch would, unless the pad is off (disabled, or under the idle question). */
    private void press(Button key, KeyEvent event) {
        if (isDisabled() || getScene() == null) {
            return;
        }
        event.consume();
        key.fire(); // does nothing while the key itself is disabled
    }
}
