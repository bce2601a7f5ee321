package org.huzhu.kiosk.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.ui.hospital.HospitalFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless (Monocle) flow tests on the demo hospital desk beside the demo kiosk, as {@code --demo --hospital} starts
 * them (the kiosk's embedded server judging what the desk sends), one pair per test in its own temporary folder, the
 * desk's window in TestFX's primary stage. The counter's helpers ({@link DemoCounterWindowTest}) drive it.
 */
@ExtendWith(ApplicationExtension.class)
abstract class DemoHospitalWindowTest {

    @TempDir
    Path data;

    TestKiosks.DemoCounter stations;
    private HospitalFlow flow;
    private Stage stage;

    @BeforeEach
    void openDesk() throws Exception {
        stations = TestKiosks.demoHospital(data, KioskConfig.DEFAULTS);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            DemoCounterWindowTest.resetWindowState(stage);
            flow = StaffDeskWindow.hospital(stage, stations.counter().hospitalContext(),
                    DemoCounterWindowTest.SCREEN_1280_800);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeDesk() throws Exception {
        FxToolkit.setupFixture(() -> {
            flow.stop();
            stage.setMinWidth(0);
            stage.setMinHeight(0);
        });
        stations.close();
    }

    /** Puts the demo receptionist's card in the staff reader, types her PIN and waits for "ask the patient to tap". */
    static void signIn(FxRobot robot) throws Exception {
        DemoCounterWindowTest.click(robot, "#demo-staff");
        pin(robot);
    }

    /** Types the demo PIN on the pad and waits for the patient screen. */
    static void pin(FxRobot robot) throws Exception {
        DemoCounterWindowTest.awaitShown(robot, "#pin-pad");
        for (char digit : DemoCards.STAFF_PIN.toCharArray()) {
            robot.clickOn("#pin-digit-" + digit);
        }
        robot.clickOn("#pin-ok");
        DemoCounterWindowTest.awaitShown(robot, "#patient-tap");
    }

    /** The desk's journal head: how many transactions it has recorded. */
    long deskHead() {
        return stations.counter().journal().journal().headSequence();
    }
}
