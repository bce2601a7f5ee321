package org.huzhu.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.huzhu.kiosk.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code huzhu-kiosk --demo --counter} on a real X server (Xvfb) in a child JVM: one process opens the demo kiosk's
 * window and the demo counter's beside it, the counter in a folder of its own inside the demo's.
 */
class DemoCounterLaunchTest {

    @TempDir
    Path temp;

    @Test
    void theDemoKioskAndTheDemoCounterOpenTogether() throws Exception {
        Path data = temp.resolve("demo");

        ChildJvm.Result result = new ChildJvm()
                .wrappedIn("xvfb-run", "-a", "-s", "-screen 0 1366x768x24")
                .jvmArgs("-Dprism.order=sw", "-Djava.awt.headless=true")
                .run(temp, 120, DemoCounterLaunchProbe.class.getName(), data.toString());

        assertThat(result.exitCode()).as("stdout:%n%s%nstderr:%n%s", result.stdout(), result.stderr()).isZero();
        assertThat(result.stdout()).contains("window 互助自助服务机 · 互助社区服务中心", "window 互助柜台 · 互助社区服务中心 1280x768")
                .contains("Huzhu Counter (demo): data folder " + data.resolve("counter"));
        assertThat(data.resolve("counter").resolve("kiosk.db")).exists();
        assertThat(data.resolve("kiosk.db")).exists();
        assertThat(Files.readString(data.resolve("counter").resolve("kiosk.properties"))).contains("\nmode=counter\n");
    }

    @Test
    void theDemoKioskAndTheDemoHospitalDeskOpenTogether() throws Exception {
        Path data = temp.resolve("demo");

        ChildJvm.Result result = new ChildJvm()
                .wrappedIn("xvfb-run", "-a", "-s", "-screen 0 1366x768x24")
                .jvmArgs("-Dprism.order=sw", "-Djava.awt.headless=true")
                .run(temp, 120, DemoCounterLaunchProbe.class.getName(), data.toString(), "--hospital");

        assertThat(result.exitCode()).as("stdout:%n%s%nstderr:%n%s", result.stdout(), result.stderr()).isZero();
        assertThat(result.stdout()).contains("window 互助自助服务机 · 互助社区服务中心", "window 互助医院收费窗口 · 互助社区服务中心 1280x768")
                .contains("Huzhu Hospital desk (demo): data folder " + data.resolve("hospital"));
        assertThat(Files.readString(data.resolve("hospital").resolve("kiosk.properties")))
                .contains("\nmode=hospital\n");
    }
}
