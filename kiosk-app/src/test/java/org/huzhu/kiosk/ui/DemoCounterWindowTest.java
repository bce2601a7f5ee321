package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.app.CounterContext;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.ui.counter.CounterFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless (Monocle) flow tests on the demo counter beside the demo kiosk (its embedded server judging what the
 * counter sends), one pair per test in its own temporary folder, the counter's window in TestFX's primary stage.
 */
@ExtendWith(ApplicationExtension.class)
abstract class DemoCounterWindowTest {

    /** The counter's own size. */
    static final Rectangle2D SCREEN_1280_800 = new Rectangle2D(0, 0, 1280, 800);
    private static final long WAIT_SECONDS = 10;

    @TempDir
    Path data;

    TestKiosks.DemoCounter stations;
    private CounterFlow flow;
    private Stage stage;

    /** The counter's settings; a test class overrides this for other idle times or another language. */
    KioskConfig counterConfig() {
        return KioskConfig.DEFAULTS;
    }

    /** What the counter's window is started with; a test class overrides this for another camera. */
    CounterContext counterContext() {
        return stations.counter().counterContext();
    }

    @BeforeEach
    void openCounter() throws Exception {
        stations = TestKiosks.demoCounter(data, counterConfig());
        stage = FxToolkit.registerPrimaryStage();
        CounterContext context = counterContext();
        FxToolkit.setupFixture(() -> {
            resetWindowState(stage);
            flow = StaffDeskWindow.counter(stage, context, SCREEN_1280_800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The primary stage is often still showing at 1280 x 800 from the test before; the new scene must fill it
        // all the same (it once kept its content's preferred 1100 x 559).
        String sceneSize = WaitForAsyncUtils.asyncFx(() -> "%.0f x %.0f".formatted(stage.getScene().getWidth(),
                stage.getScene().getHeight())).get();
        assertThat(sceneSize).as("the counter's scene fills its window")
                .isEqualTo("%.0f x %.0f".formatted(SCREEN_1280_800.getWidth(), SCREEN_1280_800.getHeight()));
    }

    @AfterEach
    void closeCounter() throws Exception {
        FxToolkit.setupFixture(() -> {
            flow.stop();
            // The next test class may open a smaller window in the same primary stage.
            stage.setMinWidth(0);
            stage.setMinHeight(0);
        });
        stations.close();
    }

    /**
     * TestFX's primary stage is shared by every test class in the JVM: whatever an earlier test left on it (full
     * screen, maximised, a maximum size) goes before a staff window is opened in it.
     */
    static void resetWindowState(Stage stage) {
        stage.setFullScreen(false);
        stage.setMaximized(false);
        stage.setIconified(false);
        stage.setMaxWidth(Double.MAX_VALUE);
        stage.setMaxHeight(Double.MAX_VALUE);
        stage.setMinWidth(0);
        stage.setMinHeight(0);
    }

    /** Puts 张丽's staff card in the staff reader, types her PIN on the pad and waits for the residents screen. */
    static void signIn(FxRobot robot) throws Exception {
        click(robot, "#demo-staff");
        awaitShown(robot, "#pin-pad");
        for (char digit : DemoCards.STAFF_PIN.toCharArray()) {
            robot.clickOn("#pin-digit-" + digit);
        }
        robot.clickOn("#pin-ok");
        awaitShown(robot, "#residents-tap");
    }

    /** Taps a demo card on the counter's tray, once the residents' reader takes a card again. */
    static void tap(FxRobot robot, String card) throws Exception {
        String button = "#demo-" + card;
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !robot.lookup(button).query().isDisabled());
        click(robot, button);
    }

    static void click(FxRobot robot, String query) throws Exception {
        awaitShown(robot, query);
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Types {@code words} into the text field {@code query}: digits and Latin letters key by key, as staff type them;
     * anything else (Chinese) committed at once, as an input method commits it (Monocle has no input method).
     */
    static void write(FxRobot robot, String query, String words) throws Exception {
        click(robot, query);
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        WaitForAsyncUtils.asyncFx(field::clear).get();
        if (words.chars().allMatch(c -> c < 128)) {
            robot.write(words);
        } else {
            WaitForAsyncUtils.asyncFx(() -> field.setText(words)).get();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    static void awaitText(FxRobot robot, String query, String expected) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup(query).tryQueryAs(Labeled.class)
                    .map(label -> expected.equals(label.getText()) && isShown(label)).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " did not say \"" + expected + "\" within " + WAIT_SECONDS + " s; it says \""
                    + robot.lookup(query).tryQueryAs(Labeled.class).map(Labeled::getText).orElse("(not there)")
                    + "\"", e);
        }
    }

    static void awaitShown(FxRobot robot, String query) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                    .map(DemoCounterWindowTest::isShown).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " was not shown within " + WAIT_SECONDS + " s", e);
        }
    }

    static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Waits until the counter's snapshot has the demo community the kiosk journalled (balances, the family link). */
    void awaitTheDemoCommunityAtTheCounter() throws Exception {
        TestCommunity.awaitDemoSnapshot(stations.kiosk());
        stations.counter().context().sync().orElseThrow().nudge();
        org.huzhu.kiosk.sync.Await.until("the counter's snapshot of the demo community", () -> stations.counter()
                .counterContext().desk().files().file(TestCommunity.WANG)
                .map(file -> file.balance().minutes() == 240).orElse(false));
    }

    /** The counter's journal head: how many transactions it has recorded. */
    long counterHead() {
        return stations.counter().journal().journal().headSequence();
    }

    /** Enrols the holder of the demo card {@code card} (张三: "zhang", 赵美兰: "zhao") through the screens. */
    static void enrolThroughTheScreens(FxRobot robot, String card) throws Exception {
        enrolUpToTheConfirmingTap(robot, card);
        tap(robot, card);
        awaitShown(robot, "#enrol-done");
    }

    /** From the residents screen, the holder of {@code card} on to "tap the same card again", consent ticked. */
    static void enrolUpToTheConfirmingTap(FxRobot robot, String card) throws Exception {
        tap(robot, card);
        click(robot, "#residents-enrol-this");
        click(robot, "#enrol-consent");
        click(robot, "#enrol-continue");
        awaitShown(robot, "#enrol-confirm-tap");
    }

    /** Switches to the other language, checks that {@code query} then says {@code expected}, and switches back. */
    static void assertInTheOtherLanguage(FxRobot robot, String query, String expected) {
        switchLanguage(robot);
        assertThat(text(robot, query)).as("%s after the switch", query)
                .isEqualTo(expected);
        switchLanguage(robot);
    }

    /** Switches the language with the top bar's button, as staff do. */
    static void switchLanguage(FxRobot robot) {
        robot.clickOn("#language-toggle");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
