package org.huzhu.kiosk.bench;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The floor a counter task's machine time is set beside: the same number of clicks and keystrokes, delivered the same
 * way, to a bare JavaFX window with a button (each click changes a label) and a text field (each key adds a letter).
 */
final class BareWindowFloor implements AutoCloseable {

    private final Label clicked = new Label("0");
    private final TextField field = new TextField();
    private Stage stage;
    private CountedInputs inputs;

    private BareWindowFloor() {
    }

    static BareWindowFloor open() throws Exception {
        BareWindowFloor floor = new BareWindowFloor();
        Button button = new Button("tap");
        button.setId("floor-button");
        button.setFocusTraversable(false); // a click leaves the keyboard in the field: no click spent going back
        button.setOnAction(event -> floor.clicked.setText(String.valueOf(Integer.parseInt(floor.clicked.getText()) + 1)));
        Scene scene = BenchFx.onFx(() -> {
            floor.stage = new Stage();
            floor.stage.setScene(new Scene(new VBox(16, button, floor.clicked, floor.field), 1280, 800));
            floor.stage.show();
            return floor.stage.getScene();
        });
        floor.inputs = new CountedInputs(scene);
        return floor;
    }

    /** Nanoseconds for {@code clicks} clicks and then {@code keystrokes} keys, {@code runs} times. */
    List<Long> measure(int clicks, int keystrokes, int runs) throws Exception {
        List<Long> nanos = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            BenchFx.onFx(() -> {
                field.clear();
                field.requestFocus();
            });
            long start = System.nanoTime();
            for (int click = 0; click < clicks; click++) {
                String next = String.valueOf(Integer.parseInt(BenchFx.onFx(clicked::getText)) + 1);
                inputs.click("floor-button", scene -> next.equals(clicked.getText()));
            }
            inputs.type("a".repeat(keystrokes));
            nanos.add(System.nanoTime() - start);
        }
        return nanos;
    }

    @Override
    public void close() throws Exception {
        BenchFx.onFx(stage::hide);
    }
}
