package org.huzhu.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.huzhu.devices.camera.diag.CameraDiagnostics;
import org.huzhu.kiosk.app.DataFolder;
import org.huzhu.kiosk.config.KioskConfigFile;
import org.huzhu.kiosk.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskMainTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void badConfigValueStopsWithThePlainMessageAndExitCode2() throws IOException {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(KioskConfigFile.FILE_NAME), "idle.prompt.seconds=soon\n");

        int exit = main().run("--data", data.toString());

        assertThat(exit).isEqualTo(KioskMain.EXIT_CONFIG);
        assertThat(stderr()).contains("cannot start", "idle.prompt.seconds", "'soon'", "15 to 600")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void unknownArgumentPrintsUsage() {
        int exit = main().run("--fullscreen");

        assertThat(exit).isEqualTo(KioskMain.EXIT_USAGE);
        assertThat(stderr()).contains("unknown argument '--fullscreen'", "Usage: huzhu-kiosk");
    }

    @Test
    void dataWithoutFolderIsAUsageError() {
        assertThat(main().run("--data")).isEqualTo(KioskMain.EXIT_USAGE);
        assertThat(stderr()).contains("--data needs a folder");
    }

    @Test
    void aCounterIsNeverLockedDownAsAKiosk() throws IOException {
        assertThat(main().run("--kiosk", "--counter")).isEqualTo(KioskMain.EXIT_USAGE);
        assertThat(stderr()).contains("--kiosk and --counter do not go together");

        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(KioskConfigFile.FILE_NAME), "mode=counter\n");
        assertThat(main().run("--data", data.toString(), "--kiosk")).isEqualTo(KioskMain.EXIT_CONFIG);
        assertThat(stderr()).contains("a counter is a normal window for staff").doesNotContain("Exception");
    }

    @Test
    void aHospitalDeskIsNeitherLockedDownNorACounter() throws IOException {
        assertThat(main().run("--hospital", "--kiosk")).isEqualTo(KioskMain.EXIT_USAGE);
        assertThat(stderr()).contains("--hospital goes with neither --kiosk nor --counter");
        assertThat(main().run("--hospital", "--counter")).isEqualTo(KioskMain.EXIT_USAGE);

        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(KioskConfigFile.FILE_NAME), "mode=hospital\n");
        assertThat(main().run("--data", data.toString(), "--kiosk")).isEqualTo(KioskMain.EXIT_CONFIG);
        assertThat(stderr()).contains("a hospital desk is a normal window for staff").doesNotContain("Exception");
    }

    @Test
    void aSecondProcessOnTheSameDataFolderIsRefusedInPlainWords() throws Exception {
        Path data = temp.resolve("data");
        DataFolder folder = new DataFolder(data).create();

        try (var firstProcess = folder.lock()) {
            assertThat(main().run("--data", data.toString())).isEqualTo(KioskMain.EXIT_DATA_FOLDER);
        }
        assertThat(stderr()).contains("another Huzhu Kiosk is already running with the data folder " + data)
                .doesNotContain("Exception");
    }

    @Test
    void cameraDiagnosticsRunWithoutTheKiosk() {
        assertThat(main().run("camera", "list", "--source", temp.resolve("no-images").toString()))
                .isEqualTo(CameraDiagnostics.NO_CAMERA);
        assertThat(stderr()).contains("No camera: no camera found (images at " + temp.resolve("no-images"));
        assertThat(main().run("camera")).isEqualTo(CameraDiagnostics.USAGE);
        assertThat(LaunchOptions.USAGE).contains("huzhu-kiosk camera list|snap|qr");
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertThat(main().run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--demo", "--kiosk", "--counter", "--data DIR");
    }

    @Test
    void demoModeReadsItsOwnDataFolder() throws IOException {
        Path home = temp.resolve("home");
        Files.writeString(Files.createDirectories(home.resolve(".local/share/huzhu-kiosk-demo"))
                .resolve(KioskConfigFile.FILE_NAME), "language=xx\n");

        int exit = new KioskMain(print(out), print(err), Map.of(), home).run("--demo");

        assertThat(exit).isEqualTo(KioskMain.EXIT_CONFIG);
        assertThat(stderr()).contains("huzhu-kiosk-demo", "language");
    }

    @Test
    void usageErrorCreatesNothing() {
        Path data = temp.resolve("data");

        new KioskMain(print(out), print(err), Map.of("HUZHU_KIOSK_DATA", data.toString()), temp).run("--bad");

        assertThat(data).doesNotExist();
    }

    @Test
    void realLoggingWritesTheRefusalToTheRollingFileInTheDataFolder() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(KioskConfigFile.FILE_NAME), "kiosk.mode=maybe\n");

        ChildJvm.Result result = new ChildJvm().productionClasspath()
                .run(temp, 60, KioskMain.class.getName(), "--data", data.toString());

        assertThat(result.exitCode()).isEqualTo(KioskMain.EXIT_CONFIG);
        assertThat(result.stderr()).contains("kiosk.mode", "'maybe'").doesNotContain("Exception", "\tat ");
        assertThat(result.stdout()).isEmpty();
        assertThat(Files.readString(data.resolve("logs/kiosk.log"))).contains("ERROR", "kiosk.mode = 'maybe'");
    }

    private KioskMain main() {
        return new KioskMain(print(out), print(err), Map.of(), temp.resolve("home"));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
