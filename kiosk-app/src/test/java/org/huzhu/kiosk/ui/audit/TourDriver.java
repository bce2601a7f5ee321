package org.huzhu.kiosk.ui.audit;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.app.DemoDevices.DemoCard;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.shell.ShellController;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a {@link ScreenTour} step may do to reach its screen: click, tap demo cards, wait for a node. */
public final class TourDriver {

    private static final long WAIT_SECONDS = 10;

    private final FxRobot robot;
    private final KioskUnderTest kiosk;

    public TourDriver(FxRobot robot, KioskUnderTest kiosk) {
        this.robot = robot;
        this.kiosk = kiosk;
    }

    public FxRobot robot() {
        return robot;
    }

    public KioskUnderTest kiosk() {
        return kiosk;
    }

    public ShellController shell() {
        return kiosk.shell();
    }

    /** The kiosk window's scene. */
    public Scene scene() {
        return kiosk.shell().view().root().getScene();
    }

    /** Clicks the node {@code query} finds, once it is shown. */
    public void click(String query) throws Exception {
        awaitShown(query);
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Taps a demo card on the demo tray (waiting until the tray takes a card). */
    public void tap(DemoCard card) throws Exception {
        String button = "#demo-" + switch (card) {
            case WANG_XIUYING -> "wang";
            case LI_JIANGUO -> "li";
            case UNREGISTERED -> "unregistered";
            case FOREIGN -> "foreign";
            case WANG_NEW_CARD -> throw new IllegalArgumentException("王秀英's new card is on the counter's tray only");
            case ZHAO_MEILAN -> throw new IllegalArgumentException("赵美兰's card is on the counter's tray only");
        };
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !robot.lookup(button).query().isDisabled());
        click(button);
    }

    /** Signs {@code card}'s resident in and waits for the home screen. */
    public void signIn(DemoCard card) throws Exception {
        tap(card);
        awaitShown("#home-greeting");
    }

    /** Puts the demo staff card on the reader (it stays there) and waits for the PIN screen. */
    public void tapStaffCard() throws Exception {
        click("#demo-staff");
        awaitShown("#pin-pad");
    }

    /** Types {@code pin} on the keyboard and presses Enter, once the PIN pad takes keys. */
    public void enterPin(String pin) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !robot.lookup("#pin-pad").query().isDisabled());
        // Keys go to the focused window, which after other tests in this JVM need not be the kiosk's.
        onFx(() -> {
            scene().getWindow().requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> scene().getWindow().isFocused());
        robot.write(pin);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Unplugs the demo card reader. */
    public void unplugReader() {
        kiosk.runtime().context().demoDevices().orElseThrow().backend().detachReader(DemoDevices.READER_NAME);
    }

    /** Unplugs the demo card reader on a kiosk whose camera does not count (as without one): it rests (ADR 0022). */
    public void leaveNoWayToSignIn() {
        kiosk.runtime().context().health().unregister(org.huzhu.kiosk.health.CheckKind.CAMERA);
        unplugReader();
        kiosk.runtime().context().health().checkSoon();
    }

    /** Shows {@code screen} in the shell directly, for screens no demo action reaches. */
    public void show(Callable<Controller> screen) throws Exception {
        onFx(() -> {
            kiosk.shell().show(screen.call());
            return null;
        });
    }

    /** Waits until the node {@code query} finds is in the scene and shown. */
    public void awaitShown(String query) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(TourDriver::isShown).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the {@code Labeled} that {@code query} finds. */
    public String text(String query) throws Exception {
        return onFx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    /** Whether {@code query} finds a node that is in the scene and shown. */
    public boolean isShown(String query) throws Exception {
        return onFx(() -> robot.lookup(query).tryQuery().map(TourDriver::isShown).orElse(false));
    }

    public <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    public static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
