package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.staff.StaffCard;
import org.huzhu.kiosk.ui.audit.KioskUnderTest;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.shell.ShellController;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.themes.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless (Monocle): the session flow while a staff member is at the kiosk, with outcomes handed to it directly where
 * the demo has no way to make them (a second reader's cards), so nothing waits on timing; and the idle question.
 */
@ExtendWith(ApplicationExtension.class)
class StaffSessionFlowTest {

    /** The idle question comes 3 s after the last input, and waits long enough to be answered by the test. */
    private static final Duration ASK_AFTER = Duration.ofSeconds(3);
    private static final String OTHER_READER = "Counter reader";

    @TempDir
    Path data;

    private KioskRuntime kiosk;
    private SessionFlow flow;

    @BeforeEach
    void openKiosk() throws Exception {
        kiosk = TestKiosks.demo(data, KioskUnderTest.idleTimes(ASK_AFTER, Duration.ofSeconds(300)));
        FxToolkit.setupStage(stage -> {
            UiText text = new UiText(kiosk.context().config().language());
            ShellController shell = new ShellController(kiosk.context(), text, Optional.empty());
            Scene scene = new Scene(shell.view().root(), KioskWindow.WINDOW_WIDTH, KioskWindow.WINDOW_HEIGHT);
            scene.getStylesheets().add(Theme.baseStylesheet());
            flow = new SessionFlow(kiosk.context(), shell, text);
            flow.start();
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void closeKiosk() throws Exception {
        kiosk.close();
    }

    @Test
    void aResidentsCardAndAnotherStaffCardAreIgnoredOnThePinScreenAndWhileSignedIn(FxRobot robot) throws Exception {
        robot.clickOn("#demo-staff");
        DemoKioskWindowTest.awaitShown(robot, "#pin-pad");
        handle(residentTapped());
        handle(new SignInOutcome.StaffCardTapped(new StaffCard(OTHER_READER, "李明", "ab".repeat(32))));
        assertThat(DemoKioskWindowTest.text(robot, "#pin-holder")).isEqualTo("张丽的工作人员卡");

        StaffSignInFlowTest.focusKioskWindow(robot);
        robot.write(DemoCards.STAFF_PIN).push(KeyCode.ENTER);
        DemoKioskWindowTest.awaitShown(robot, "#staff-sign-out");
        handle(residentTapped());
        handle(new SignInOutcome.StaffCardRemoved(OTHER_READER));

        assertThat(robot.lookup("#staff-sign-out").tryQuery()).as("still the staff screen").isPresent();
        assertThat(robot.lookup("#home-greeting").tryQuery()).isEmpty();
    }

    @Test
    void anUnansweredIdleQuestionSignsTheStaffMemberOut(FxRobot robot) throws Exception {
        robot.clickOn("#demo-staff");
        DemoKioskWindowTest.awaitShown(robot, "#pin-pad");
        StaffSignInFlowTest.focusKioskWindow(robot);
        robot.write(DemoCards.STAFF_PIN).push(KeyCode.ENTER);
        DemoKioskWindowTest.awaitShown(robot, "#staff-sign-out");

        DemoKioskWindowTest.awaitShown(robot, "#idle-prompt");
        robot.clickOn("#idle-sign-out");

        DemoKioskWindowTest.awaitShown(robot, "#welcome-primary");
        assertThat(robot.lookup("#staff-sign-out").tryQuery()).isEmpty();
    }

    private static SignInOutcome residentTapped() {
        return new SignInOutcome.SignedIn(new Resident(UUID.randomUUID(), "王秀英", Language.ZH_CN),
                new Actor("cd".repeat(32), SignInMethod.CARD), Optional.empty());
    }

    /** Hands {@code outcome} to the flow on the FX thread, as the sign-in service's outcomes arrive. */
    private void handle(SignInOutcome outcome) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> flow.handle(outcome)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
