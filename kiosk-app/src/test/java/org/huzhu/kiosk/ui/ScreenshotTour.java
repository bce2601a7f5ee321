package org.huzhu.kiosk.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.testsupport.Png;

/**
 * Child-JVM program for {@link RealWindowScreenshotTest}: opens the real kiosk window on the real glass platform (GTK
 * under Xvfb), captures it from the screen in Chinese, clicks the language toggle with the mouse, captures it again in
 * English. Beside each PNG a {@code .properties} file records where the welcome texts are, so the test can examine
 * their pixels. Usage: {@code ScreenshotTour OUTPUT_DIR DATA_DIR}.
 */
public final class ScreenshotTour {

    private static final long SETTLE_MILLIS = 700;

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Platform.startup(() -> { });
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            KioskWindow.open(s, UiTestContexts.demo(data, KioskConfig.DEFAULTS));
            return s;
        });
        settle();
        capture(stage, out, "attract-zh-CN");

        Point2D toggle = onFx(() -> centreOnScreen(stage.getScene().lookup("#language-toggle")));
        onFx(() -> {
            Robot robot = new Robot();
            robot.mouseMove(toggle);
            robot.mouseClick(MouseButton.PRIMARY);
            return null;
        });
        settle();
        capture(stage, out, "attract-en");
        Platform.exit();
        System.exit(0);
    }

    private static void capture(Stage stage, Path out, String name) throws Exception {
        Scene scene = stage.getScene();
        WritableImage image = onFx(() -> new Robot().getScreenCapture(null,
                stage.getX() + scene.getX(), stage.getY() + scene.getY(), scene.getWidth(), scene.getHeight(), false));
        Png.write(image, out.resolve(name + ".png"));

        Properties where = onFx(() -> {
            Properties p = new Properties();
            Point2D origin = new Point2D(stage.getX() + scene.getX(), stage.getY() + scene.getY());
            for (String id : new String[] {"welcome-primary", "welcome-secondary"}) {
                Node text = scene.lookup("#" + id).lookup(".text");
                Bounds b = text.localToScreen(text.getLayoutBounds());
                p.setProperty(id + ".x", Double.toString(b.getMinX() - origin.getX()));
                p.setProperty(id + ".y", Double.toString(b.getMinY() - origin.getY()));
                p.setProperty(id + ".width", Double.toString(b.getWidth()));
                p.setProperty(id + ".height", Double.toString(b.getHeight()));
                p.setProperty(id + ".text", ((javafx.scene.control.Labeled) scene.lookup("#" + id)).getText());
            }
            return p;
        });
        try (Writer writer = Files.newBufferedWriter(out.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            where.store(writer, "text bounds in screenshot pixels");
        }
    }

    private static Point2D centreOnScreen(Node node) {
        Bounds b = node.localToScreen(node.getLayoutBounds());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    /** Lets layout, CSS and a few render pulses finish, so the screen shows what the scene graph holds. */
    private static void settle() throws Exception {
        Thread.sleep(SETTLE_MILLIS);
        onFx(() -> null);
    }

    private interface FxCall<T> {
        T call() throws IOException;
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
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
