package org.huzhu.kiosk.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.huzhu.kiosk.testsupport.Png;

/**
 * Drives a real window on the real glass platform (GTK under Xvfb) from a child JVM, with real mouse clicks, and
 * captures it from the screen: each PNG with a {@code .properties} file beside it recording where the key texts are
 * (in screenshot pixels) and what they say, so a test can examine their pixels. Not for the FX thread.
 */
final class RealWindowDriver {

    private static final long SETTLE_MILLIS = 700;
    private static final long PAINT_WAIT_NANOS = 10_000_000_000L;

    private final Stage stage;
    private final Path out;
    private final List<String> recordedTexts;

    /** @param recordedTexts ids of the labels whose text and position each capture records, when shown */
    RealWindowDriver(Stage stage, Path out, List<String> recordedTexts) {
        this.stage = stage;
        this.out = out;
        this.recordedTexts = List.copyOf(recordedTexts);
    }

    Stage stage() {
        return stage;
    }

    void capture(String name) throws Exception {
        Scene scene = stage.getScene();
        WritableImage image = paintedCapture(scene);
        Png.write(image, out.resolve(name + ".png"));

        Properties where = onFx(() -> {
            Properties p = new Properties();
            Point2D origin = new Point2D(stage.getX() + scene.getX(), stage.getY() + scene.getY());
            for (String id : recordedTexts) {
                Node label = scene.lookup("#" + id);
                if (label == null || label.getScene() == null) {
                    continue;
                }
                Node text = label.lookup(".text");
                Bounds b = text.localToScreen(text.getLayoutBounds());
                p.setProperty(id + ".x", Double.toString(b.getMinX() - origin.getX()));
                p.setProperty(id + ".y", Double.toString(b.getMinY() - origin.getY()));
                p.setProperty(id + ".width", Double.toString(b.getWidth()));
                p.setProperty(id + ".height", Double.toString(b.getHeight()));
                p.setProperty(id + ".text", ((Labeled) label).getText());
            }
            return p;
        });
        try (Writer writer = Files.newBufferedWriter(out.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            where.store(writer, "text bounds in screenshot pixels");
        }
    }

    /** A real mouse click in the middle of the node {@code query} finds (once shown), then time for the screen. */
    void click(String query) throws Exception {
        awaitShown(query);
        Point2D target = onFx(() -> centreOnScreen(stage.getScene().lookup(query)));
        onFx(() -> {
            Robot robot = new Robot();
            robot.mouseMove(target);
            robot.mouseClick(MouseButton.PRIMARY);
            return null;
        });
        settle();
    }

    /** Waits up to 10 s for {@code query} to be on screen: screens change when a card read finishes. */
    void awaitShown(String query) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (onFx(() -> {
                Node node = stage.getScene().lookup(query);
                return node != null && node.isVisible() && node.getScene() != null;
            })) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(query + " did not appear within 10 s");
    }

    /** Waits until {@code query}'s button is enabled (the demo tray takes a card again 1.5 s after a tap). */
    void awaitEnabled(String query) throws Exception {
        for (int i = 0; i < 50 && onFx(() -> stage.getScene().lookup(query).isDisabled()); i++) {
            Thread.sleep(100);
        }
    }

    /** Lets layout, CSS and a few render pulses finish, so the screen shows what the scene graph holds. */
    /**
     * The window as the X server shows it. A window just mapped on a loaded machine may not be painted yet (one flat
     * colour): that is asked again for a while, so a slow machine does not pass for a blank screen.
     */
    private WritableImage paintedCapture(Scene scene) throws Exception {
        long deadline = System.nanoTime() + PAINT_WAIT_NANOS;
        while (true) {
            WritableImage image = onFx(() -> new Robot().getScreenCapture(null, stage.getX() + scene.getX(),
                    stage.getY() + scene.getY(), scene.getWidth(), scene.getHeight(), false));
            if (!isOneColour(image) || System.nanoTime() > deadline) {
                return image;
            }
            Thread.sleep(200);
        }
    }

    private static boolean isOneColour(WritableImage image) {
        var pixels = image.getPixelReader();
        int first = pixels.getArgb(0, 0);
        for (int y = 0; y < (int) image.getHeight(); y += 8) {
            for (int x = 0; x < (int) image.getWidth(); x += 8) {
                if (pixels.getArgb(x, y) != first) {
                    return false;
                }
            }
        }
        return true;
    }

    void settle() throws Exception {
        Thread.sleep(SETTLE_MILLIS);
        onFx(() -> null);
    }

    private static Point2D centreOnScreen(Node node) {
        Bounds b = node.localToScreen(node.getLayoutBounds());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    /** A walk through a window: screenshots go to {@code out}, the stations' data to {@code data}. */
    interface Tour {
        void walk(Path out, Path data) throws Exception;
    }

    /**
     * The child JVM's {@code main}: walks {@code tour} with {@code OUTPUT_DIR DATA_DIR} from {@code args}, then ends
     * the JVM, 0 if the walk finished. JavaFX and the card threads would keep it alive after a failure.
     */
    static void runThenExit(String[] args, Tour tour) {
        int exitCode = 1;
        try {
            tour.walk(Path.of(args[0]), Path.of(args[1]));
            exitCode = 0;
        } catch (Exception e) {
            e.printStackTrace(); // the parent test prints the child's stderr when it fails
        } finally {
            System.exit(exitCode);
        }
    }

    interface FxCall<T> {
        T call() throws IOException;
    }

    static <T> T onFx(FxCall<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
