package org.huzhu.kiosk.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.huzhu.kiosk.app.DataFolder;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.cli.DiagnosticsCommand;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.ui.TestKiosks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle of a real demo kiosk's data folder: what goes in, and that no secret does. */
class DiagnosticsBundleTest {

    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path temp;

    @Test
    void aBundleHoldsLogsSettingsVersionsAndTheJournalCheckButNoSecret() throws Exception {
        Path data = temp.resolve("kiosk");
        try (KioskRuntime kiosk = TestKiosks.demo(data, KioskConfig.DEFAULTS)) {
            Files.writeString(data.resolve("kiosk.properties"), "centre.name=互助社区服务中心\nkey.passphrase="
                    + PASSPHRASE + "\n");
            Files.createDirectories(data.resolve("logs"));
            Files.writeString(data.resolve("logs").resolve("kiosk.log"), "2026-12-03 INFO started\n");

            DiagnosticsBundle.Written written = DiagnosticsBundle.write(new DataFolder(data).diagnostics(),
                    temp.resolve("bundle.zip"), List.of("06:00 card readers: ok -> degraded (no reader)"),
                    Clock.systemUTC());

            Map<String, String> entries = unzip(written.file());
            assertThat(entries).containsKeys("versions.txt", "kiosk.properties", "health.txt", "journal-verify.txt",
                    "logs/kiosk.log");
            assertThat(entries.get("journal-verify.txt")).startsWith("OK ").contains("transactions (kiosk K-");
            assertThat(entries.get("versions.txt")).contains("huzhu-kiosk ", "java 25");
            assertThat(entries.get("health.txt")).contains("no reader");
            assertThat(entries.get("kiosk.properties")).contains("key.passphrase=" + DiagnosticsBundle.LEFT_OUT)
                    .contains("centre.name");
            entries.values().forEach(text -> assertThat(text).doesNotContain(PASSPHRASE));
            assertThat(temp.resolve("bundle.zip.partial")).doesNotExist();
        }
    }

    @Test
    void onlySecretsAreLeftOut() {
        String kept = DiagnosticsBundle.withoutSecrets("""
                # key.passphrase= is the key store's passphrase
                key.passphrase=hunter2
                sync.server.url=https://huzhu.example/
                card.secret =abc
                empty.secret=
                centre.name=互助社区服务中心""");
        assertThat(kept).isEqualTo("""
                # key.passphrase= is the key store's passphrase
                key.passphrase=%1$s
                sync.server.url=https://huzhu.example/
                card.secret =%1$s
                empty.secret=
                centre.name=互助社区服务中心""".formatted(DiagnosticsBundle.LEFT_OUT));
    }

    @Test
    void theCommandWritesABundleAndSaysWhatIsInIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path data = temp.resolve("empty-kiosk");
        int exit = new DiagnosticsCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), temp)
                .run(List.of("diagnostics", "--out", temp.resolve("d.zip").toString(), "--data", data.toString()));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("versions.txt", "journal-verify.txt");
        assertThat(temp.resolve("d.zip")).exists();
    }

    @Test
    void theCommandWithoutATargetSaysHowToUseIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new DiagnosticsCommand(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), temp).run(List.of("diagnostics"));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out is required", "Usage:");
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
