package org.huzhu.kiosk.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;
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
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.testsupport.Png;
import org.huzhu.kiosk.ui.audit.KioskUnderTest;

/**
 * Child-JVM program for {@link RealWindowScreenshotTest}: opens the real demo kiosk window on the real glass platform
 * (GTK under Xvfb) and walks it with real mouse clicks, capturing each screen from the screen: attract (Chinese, then
 * English after the toggle), an unregistered card's message, home for a Chinese- and an English-speaking resident (each
 * also at the larger text step), "Do you need more time?" after the idle time (in both languages), and the banner when
 * the reader is unplugged, and the demo staff card's PIN screen (with a wrong PIN's answer) and staff screen in both
 * languages. Beside each PNG a {@code .properties} file records where key texts are,
 * so the test can examine their pixels. Usage: {@code ScreenshotTour OUTPUT_DIR DATA_DIR}.
 */
public final class ScreenshotTour {

    private static final long SETTLE_MILLIS = 700;
    /** Labels whose text and position each capture records, when the screen shows them. */
    private static final String[] RECORDED_TEXTS = {"welcome-primary", "welcome-secondary", "home-greeting",
        "message-title", "reader-banner", "idle-title", "idle-countdown", "screen-title", "pin-problem"};
    /** Idle long enough for each capture of a signed-in screen, short enough not to wait long for the question. */
    private static final KioskConfig CONFIG =
            KioskUnderTest.idleTimes(java.time.Duration.ofSeconds(6), java.time.Duration.ofSeconds(20));

    private ScreenshotTour() {
    }

    public static void main(String[] args) {
        int exitCode = 1;
        try {
            tour(Path.of(args[0]), Path.of(args[1]));
            exitCode = 0;
        } catch (Exception e) {
            e.printStackTrace(); // the parent test prints the child's stderr when it fails
        } finally {
            // JavaFX and the card threads would keep the JVM alive after a failure: always end it.
            System.exit(exitCode);
        }
    }

    private static void tour(Path out, Path data) throws Exception {
        KioskRuntime kiosk = TestKiosks.demo(data, CONFIG);
        TestCommunity.awaitDemoSnapshot(kiosk);
        Platform.startup(() -> { });
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            KioskWindow.open(s, kiosk.context());
            return s;
        });
        settle();
        capture(stage, out, "attract-zh-CN");
        click(stage, "#language-toggle");
        capture(stage, out, "attract-en");

        click(stage, "#demo-unregistered");
        awaitShown(stage, "#message-title");
        capture(stage, out, "message-not-registered-en");
        click(stage, "#message-ok");
        click(stage, "#language-toggle");
        awaitDemoTray(stage);

        click(stage, "#demo-wang");
        awaitShown(stage, "#home-greeting");
        capture(stage, out, "home-zh-CN");
        click(stage, "#text-size");
        capture(stage, out, "home-large-zh-CN");
        click(stage, "#text-size");
        awaitShown(stage, "#idle-prompt"); // nobody touches the screen for the idle time
        settle();
        capture(stage, out, "idle-prompt-zh-CN");
        click(stage, "#language-toggle");
        capture(stage, out, "idle-prompt-en");
        click(stage, "#idle-continue");
        click(stage, "#sign-out");
        awaitDemoTray(stage);
        click(stage, "#demo-li");
        awaitShown(stage, "#home-greeting");
        settle();
        capture(stage, out, "home-en");
        click(stage, "#text-size");
        capture(stage, out, "home-large-en");
        click(stage, "#text-size");
        journey(stage, out, kiosk, TestCommunity.LI, TestCommunity.WANG, "en");
        awaitDemoTray(stage);
        click(stage, "#demo-wang");
        awaitShown(stage, "#home-greeting");
        journey(stage, out, kiosk, TestCommunity.WANG, TestCommunity.LI, "zh-CN");
        awaitDemoTray(stage);
        staff(stage, out);

        kiosk.context().demoDevices().orElseThrow().backend().detachReader(DemoDevices.READER_NAME);
        awaitShown(stage, "#reader-banner");
        settle();
        capture(stage, out, "attract-no-reader-zh-CN");
        Platform.exit();
        kiosk.close();
    }

    /**
     * What a newcomer does in the demo (issue 6), with real clicks from the signed-in home screen: book a haircut and
     * see the receipt, look at "my bookings", give 30 minutes to family, check in to today's first volunteer task, sign
     * out. Every screen is saved as {@code NAME-<language>.png}.
     */
    private static void journey(Stage stage, Path out, KioskRuntime kiosk, UUID resident, UUID family, String language)
            throws Exception {
        click(stage, "#choice-book");
        awaitShown(stage, "#service-haircut");
        capture(stage, out, "book-services-" + language);
        click(stage, "#service-haircut");
        capture(stage, out, "book-days-" + language);
        click(stage, "#day-2026-11-24");
        capture(stage, out, "book-times-" + language);
        click(stage, "#slot-14-30");
        capture(stage, out, "book-confirm-" + language);
        click(stage, "#confirm-booking");
        awaitShown(stage, "#receipt-number");
        capture(stage, out, "receipt-" + language);
        click(stage, "#receipt-done");
        click(stage, "#choice-bookings");
        capture(stage, out, "my-bookings-" + language);
        click(stage, "#nav-home");
        click(stage, "#choice-timebank");
        capture(stage, out, "timebank-" + language);
        click(stage, "#timebank-give");
        capture(stage, out, "transfer-family-" + language);
        click(stage, "#family-" + family);
        capture(stage, out, "transfer-amount-" + language);
        click(stage, "#amount-30");
        capture(stage, out, "transfer-confirm-" + language);
        click(stage, "#confirm-transfer");
        awaitShown(stage, "#transfer-done-what");
        capture(stage, out, "transfer-done-" + language);
        click(stage, "#transfer-done");
        click(stage, "#choice-volunteer");
        UUID task = kiosk.context().community().volunteering().today(resident).getFirst().id();
        click(stage, "#check-in-" + task);
        awaitShown(stage, "#check-out-" + task);
        capture(stage, out, "volunteer-" + language);
        click(stage, "#nav-home");
        click(stage, "#sign-out");
    }

    /**
     * The demo staff card with real clicks on the PIN pad: the PIN screen, a wrong PIN's answer, then the right PIN
     * and the staff screen (each in both languages), and the card taken away.
     */
    private static void staff(Stage stage, Path out) throws Exception {
        click(stage, "#demo-staff");
        awaitShown(stage, "#pin-pad");
        inBothLanguages(stage, out, "staff-pin");
        clickDigits(stage, "654321");
        click(stage, "#pin-ok");
        awaitShown(stage, "#pin-problem");
        inBothLanguages(stage, out, "staff-pin-wrong");
        clickDigits(stage, DemoCards.STAFF_PIN);
        click(stage, "#pin-ok");
        awaitShown(stage, "#staff-sign-out");
        inBothLanguages(stage, out, "staff-home");
        click(stage, "#demo-take-away");
        awaitShown(stage, "#welcome-primary");
    }

    /** Captures a Chinese screen as {@code NAME-zh-CN}, then after the toggle as {@code NAME-en}, and toggles back. */
    private static void inBothLanguages(Stage stage, Path out, String name) throws Exception {
        capture(stage, out, name + "-zh-CN");
        click(stage, "#language-toggle");
        capture(stage, out, name + "-en");
        click(stage, "#language-toggle");
    }

    private static void clickDigits(Stage stage, String digits) throws Exception {
        for (char digit : digits.toCharArray()) {
            click(stage, "#pin-digit-" + digit);
        }
    }

    private static void capture(Stage stage, Path out, String name) throws Exception {
        Scene scene = stage.getScene();
        WritableImage image = onFx(() -> new Robot().getScreenCapture(null,
                stage.getX() + scene.getX(), stage.getY() + scene.getY(), scene.getWidth(), scene.getHeight(), false));
        Png.write(image, out.resolve(name + ".png"));

        Properties where = onFx(() -> {
            Properties p = new Properties();
            Point2D origin = new Point2D(stage.getX() + scene.getX(), stage.getY() + scene.getY());
            for (String id : RECORDED_TEXTS) {
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
                p.setProperty(id + ".text", ((javafx.scene.control.Labeled) scene.lookup("#" + id)).getText());
            }
            return p;
        });
        try (Writer writer = Files.newBufferedWriter(out.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            where.store(writer, "text bounds in screenshot pixels");
        }
    }

    /** A real mouse click in the middle of the node {@code query} finds (once shown), then time for the screen. */
    private static void click(Stage stage, String query) throws Exception {
        awaitShown(stage, query);
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
    private static void awaitShown(Stage stage, String query) throws Exception {
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

    /** Waits until the demo tray takes a card again (the last card is taken away 1.5 s after its tap). */
    private static void awaitDemoTray(Stage stage) throws Exception {
        for (int i = 0; i < 50 && onFx(() -> stage.getScene().lookup("#demo-wang").isDisabled()); i++) {
            Thread.sleep(100);
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
