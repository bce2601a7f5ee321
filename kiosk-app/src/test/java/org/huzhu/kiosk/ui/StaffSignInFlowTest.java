package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Window;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.staff.StaffCard;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless (Monocle): the demo's staff card on the demo tray, through the in-process simulated PIV card: the PIN
 * screen (digit pad and keyboard), wrong PINs and the card blocking, the staff screen, and signing out by card and by
 * button.
 */
class StaffSignInFlowTest extends DemoKioskWindowTest {

    private static final String WRONG_PIN = "654321";
    private static final String BLOCKED_ZH = "这张工作人员卡因为密码输错太多次，已经被锁住。请找您的协调员解锁。";
    private static final String BLOCKED_EN =
            "This staff card is blocked after too many wrong PINs. Ask your coordinator to unblock it.";

    @Test
    void wrongPinThenRightPinSignsInAndTakingTheCardAwaySignsOut(FxRobot robot) throws Exception {
        robot.clickOn("#demo-staff");
        awaitShown(robot, "#pin-pad");
        assertThat(text(robot, "#pin-holder")).isEqualTo("张丽的工作人员卡");
        assertThat(robot.lookup("#pin-ok").query().isDisabled()).as("OK before six digits").isTrue();
        FlowScreens.captureBothLanguages(robot, "staff-pin", true);

        tapDigits(robot, WRONG_PIN);
        robot.doubleClickOn("#pin-ok"); // a double tap is one try: the pad is off while the card checks
        awaitText(robot, "#pin-problem", "密码不对。还可以再试 4 次。");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#pin-pad").query().isDisabled());
        assertThat(text(robot, "#pin-problem")).as("no second try").isEqualTo("密码不对。还可以再试 4 次。");
        assertThat(dots(robot)).as("dots after the answer").isZero();
        assertInEnglish(robot, "#pin-problem", "Wrong PIN. 4 tries left.");
        FlowScreens.captureBothLanguages(robot, "staff-pin-wrong", true);

        focusKioskWindow(robot);
        robot.write("12345");
        awaitDots(robot, 5);
        assertPinNotShown(robot, "12345");
        FlowScreens.captureBothLanguages(robot, "staff-pin-typing", true);
        robot.push(KeyCode.BACK_SPACE);
        awaitDots(robot, 4);
        robot.write("56");
        awaitDots(robot, 6);
        assertPinNotShown(robot, DemoCards.STAFF_PIN);
        robot.push(KeyCode.ENTER);

        awaitShown(robot, "#staff-sign-out");
        assertThat(text(robot, "#screen-title")).isEqualTo("已登录：张丽（工作人员）");
        assertThat(text(robot, "#staff-key"))
                .isEqualTo("卡的密钥：" + StaffCard.shortFingerprint(DemoCards.staffKeyFingerprint()));
        assertThat(text(robot, "#staff-remove-card")).isEqualTo("拿开您的卡，就会退出登录。");
        assertInEnglish(robot, "#screen-title", "Signed in as 张丽 (staff)");
        assertPinNotShown(robot, DemoCards.STAFF_PIN);
        FlowScreens.captureBothLanguages(robot, "staff-home", true);

        robot.clickOn("#demo-take-away");
        awaitShown(robot, "#welcome-primary");
        assertThat(robot.lookup("#demo-staff").query().isVisible()).as("the staff card back on the tray").isTrue();
    }

    @Test
    void fivePinsWrongBlockTheCardAndTheRightPinIsRefusedAfterwards(FxRobot robot) throws Exception {
        robot.clickOn("#demo-staff");
        awaitShown(robot, "#pin-pad");
        for (int triesLeft = 4; triesLeft >= 2; triesLeft--) {
            enterByKeyboard(robot, WRONG_PIN);
            awaitText(robot, "#pin-problem", "密码不对。还可以再试 " + triesLeft + " 次。");
        }
        enterByKeyboard(robot, WRONG_PIN);
        awaitText(robot, "#pin-problem", "密码不对。还可以再试 1 次。\n再输错一次，这张卡就会被锁住。");
        assertInEnglish(robot, "#pin-problem", "Wrong PIN. 1 try left.\nOne more wrong PIN blocks this card.");
        FlowScreens.captureBothLanguages(robot, "staff-pin-last-try", true);

        enterByKeyboard(robot, WRONG_PIN);
        awaitText(robot, "#pin-problem", BLOCKED_ZH);
        assertInEnglish(robot, "#pin-problem", BLOCKED_EN);
        assertThat(robot.lookup("#pin-digit-1").query().isDisabled()).as("no PIN can help now").isTrue();
        FlowScreens.captureBothLanguages(robot, "staff-pin-blocked", true);

        robot.clickOn("#pin-cancel");
        awaitShown(robot, "#welcome-primary");
        robot.clickOn("#demo-take-away");
        awaitShown(robot, "#demo-staff");
        robot.clickOn("#demo-staff");
        awaitShown(robot, "#pin-pad");
        enterByKeyboard(robot, DemoCards.STAFF_PIN);
        awaitText(robot, "#pin-problem", BLOCKED_ZH);
        assertThat(robot.lookup("#staff-sign-out").tryQuery()).as("still not signed in").isEmpty();
    }

    @Test
    void signOutButtonEndsTheSessionAndTheCardLeavingLaterChangesNothing(FxRobot robot) throws Exception {
        signInAsStaff(robot);

        robot.clickOn("#staff-sign-out");
        awaitShown(robot, "#welcome-primary");
        robot.clickOn("#demo-take-away");
        awaitShown(robot, "#demo-staff");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome-primary").query().isVisible()).isTrue();
        assertThat(robot.lookup("#message-title").tryQuery()).isEmpty();
    }

    @Test
    void cardTakenAwayOnThePinScreenSaysSo(FxRobot robot) throws Exception {
        robot.clickOn("#demo-staff");
        awaitShown(robot, "#pin-pad");
        tapDigits(robot, "123");

        robot.clickOn("#demo-take-away");

        awaitText(robot, "#message-title", "工作人员卡已经拿开");
        robot.clickOn("#message-ok");
        awaitShown(robot, "#welcome-primary");
    }

    @Test
    void bothStaffScreensFitA1366By768KioskAtTheLargerTextStep(FxRobot robot) throws Exception {
        robot.clickOn("#demo-staff");
        awaitShown(robot, "#pin-pad");
        for (int i = 0; i < 4; i++) {
            enterByKeyboard(robot, WRONG_PIN);
            awaitShown(robot, "#pin-problem");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#pin-pad").query().isDisabled());
        }
        FlowScreens.auditAt(robot, 1366, 768, "staff-pin-last-try");

        robot.clickOn("#pin-cancel");
        robot.clickOn("#demo-take-away");
        awaitShown(robot, "#demo-staff");
        signInAsStaff(robot);
        FlowScreens.auditAt(robot, 1366, 768, "staff-home");
    }

    static void signInAsStaff(FxRobot robot) throws Exception {
        robot.clickOn("#demo-staff");
        awaitShown(robot, "#pin-pad");
        enterByKeyboard(robot, DemoCards.STAFF_PIN);
        awaitShown(robot, "#staff-sign-out");
    }

    /** Touches the pad's keys, checking after each that a dot appeared and no digit is shown. */
    private static void tapDigits(FxRobot robot, String digits) throws Exception {
        for (int i = 0; i < digits.length(); i++) {
            robot.clickOn("#pin-digit-" + digits.charAt(i));
            awaitDots(robot, i + 1);
            assertPinNotShown(robot, digits.substring(0, i + 1));
        }
    }

    /** Types the PIN on a physical keyboard and presses Enter, once the pad takes keys again. */
    private static void enterByKeyboard(FxRobot robot, String pin) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#pin-pad").query().isDisabled());
        focusKioskWindow(robot);
        robot.write(pin);
        awaitDots(robot, pin.length());
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Keys pressed through the robot go to the focused window, which after other tests in this JVM need not be the
     * kiosk's.
     */
    static void focusKioskWindow(FxRobot robot) throws Exception {
        Window window = robot.lookup("#language-toggle").query().getScene().getWindow();
        WaitForAsyncUtils.asyncFx(window::requestFocus).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, window::isFocused);
    }

    /** Keys pressed through the robot reach the scene a moment later: waits for the dots they make. */
    private static void awaitDots(FxRobot robot, int count) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dots(robot) == count);
    }

    private static int dots(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return (int) robot.lookup("#pin-dots").queryAs(Pane.class).getChildren().stream().filter(Node::isVisible)
                .count();
    }

    /**
     * No label (nor any node's text for screen readers) holds the typed digits, or any three of them in a row (two
     * once only two are typed). Single digits are everywhere ("6 to 8 digits", "4 tries left").
     */
    private static void assertPinNotShown(FxRobot robot, String typed) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup((Node node) -> node instanceof Label).queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        List<String> spoken = robot.lookup((Node node) -> node.getAccessibleText() != null).queryAll().stream()
                .map(Node::getAccessibleText).toList();
        int runLength = Math.min(3, typed.length());
        for (int start = 0; runLength >= 2 && start + runLength <= typed.length(); start++) {
            String run = typed.substring(start, start + runLength);
            assertThat(shown).as("labels while %d digits are typed", typed.length())
                    .noneMatch(text -> text != null && text.contains(run));
            assertThat(spoken).noneMatch(text -> text.contains(run));
        }
    }

    /** After the language toggle, {@code query} says {@code english}; then back to Chinese. */
    static void assertInEnglish(FxRobot robot, String query, String english) {
        robot.clickOn("#language-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, query)).isEqualTo(english);
        robot.clickOn("#language-toggle");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
