package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless (Monocle): the kiosk's maintenance screen behind the staff card and PIN: the diagnostics bundle onto the
 * demo's pretend USB stick, the health page (the demo printer running out of paper), and what a missing stick says. Restart and leave-kiosk-mode are for kiosk mode only.
 */
class MaintenanceFlowTest extends DemoKioskWindowTest {

    @Test
    void diagnosticsGoOntoTheStickAndAMissingStickIsSaidPlainly(FxRobot robot) throws Exception {
        StaffSignInFlowTest.signInAsStaff(robot);
        assertThat(robot.lookup("#maintenance-restart").query().isVisible()).as("not in demo mode").isFalse();
        assertThat(robot.lookup("#maintenance-leave").query().isVisible()).isFalse();

        robot.clickOn("#maintenance-diagnostics");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#maintenance-result")
                .startsWith("已存到U盘，里面没有个人信息。文件：huzhu-diagnostics-K-"));
        Path stick = data.resolve("usb").resolve("demo").resolve("HUZHU-USB");
        List<Path> bundles;
        try (Stream<Path> files = Files.list(stick)) {
            bundles = files.toList();
        }
        assertThat(bundles).hasSize(1);
        assertThat(entries(bundles.getFirst())).contains("versions.txt", "journal-verify.txt",
                "health.txt");
        StaffSignInFlowTest.assertInEnglish(robot, "#maintenance-result",
                "Saved on the USB stick. Nothing personal is in it. File: " + bundles.getFirst().getFileName());
        FlowScreens.captureBothLanguages(robot, "staff-maintenance-saved", true);

        robot.clickOn("#maintenance-health-open");
        awaitText(robot, "#screen-title", "这台自助机的状态");
        awaitText(robot, "#health-card-readers", "正常");
        awaitText(robot, "#health-journal", "正常");
        awaitText(robot, "#health-printer", "正常");
        StaffSignInFlowTest.assertInEnglish(robot, "#health-card-readers", "OK");
        kiosk.context().demoDevices().orElseThrow().printer().setOutOfPaper(true);
        kiosk.context().health().checkSoon();
        awaitText(robot, "#health-printer", "需要注意");
        awaitText(robot, "#health-printer-why", "小票打印机：没有纸了，小票打不出来。预约照样有效。");
        FlowScreens.captureBothLanguages(robot, "staff-maintenance-health", true);
        robot.clickOn("#maintenance-health-back");
        awaitShown(robot, "#maintenance-diagnostics");

        Files.delete(bundles.getFirst());
        Files.delete(stick);
        robot.clickOn("#maintenance-diagnostics");
        awaitText(robot, "#maintenance-result", "没有找到U盘。请插上U盘再试。");
        StaffSignInFlowTest.assertInEnglish(robot, "#maintenance-result", "No USB stick found. Please put one in and try again.");
    }

    private static List<String> entries(Path zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
