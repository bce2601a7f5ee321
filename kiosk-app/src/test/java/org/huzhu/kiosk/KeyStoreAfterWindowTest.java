package org.huzhu.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.journal.KeyPassphrase;
import org.huzhu.kiosk.testsupport.ChildJvm;
import org.huzhu.kiosk.ui.KioskApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's window opens while its key store still loads (fast start, ADR 0020), so a key store that cannot open is
 * found after the window is up. A real (non-demo) kiosk in a child JVM on Xvfb: with the wrong passphrase it still stops
 * with the one plain sentence and exit code of a journal that cannot open, and its journal and key are untouched.
 */
class KeyStoreAfterWindowTest {

    private static final String CARD_SECRET = "a2V5LXN0b3JlLWFmdGVyLXdpbmRvdy1zZWNyZXQ=";

    @TempDir
    Path temp;

    @Test
    void aWrongPassphraseStopsTheKioskAfterItsWindowOpenedAndLosesNothing() throws Exception {
        Path data = temp.resolve("kiosk");
        ChildJvm.Result first = start(data, "the right passphrase");
        assertThat(first.exitCode()).as("first start: %s", first.stderr()).isZero();
        assertThat(first.stdout()).contains("Kiosk K-", "key fingerprint");
        byte[] key = Files.readAllBytes(data.resolve("kiosk-key.p12"));
        byte[] journal = Files.readAllBytes(data.resolve(KioskRuntime.DATABASE_FILE));

        ChildJvm.Result wrong = start(data, "a wrong passphrase");

        assertThat(wrong.exitCode()).as("stdout:%n%s%nstderr:%n%s", wrong.stdout(), wrong.stderr())
                .isEqualTo(KioskRuntime.EXIT_JOURNAL);
        assertThat(wrong.stderr()).containsPattern("(?m)^Huzhu Kiosk cannot start: .*kiosk-key.p12: the passphrase does "
                + "not open it$").doesNotContain("Exception", "\tat ");
        assertThat(wrong.stdout()).doesNotContain("key fingerprint");
        assertThat(Files.readAllBytes(data.resolve("kiosk-key.p12"))).isEqualTo(key);
        assertThat(Files.readAllBytes(data.resolve(KioskRuntime.DATABASE_FILE))).isEqualTo(journal);

        ChildJvm.Result again = start(data, "the right passphrase");
        assertThat(again.exitCode()).as("start after: %s", again.stderr()).isZero();
        assertThat(again.stdout()).contains(first.stdout().lines().filter(line -> line.contains("key fingerprint"))
                .findFirst().orElseThrow());
    }

    /** The kiosk in {@code data}, shown and closed again at once ({@link KioskApplication#EXIT_WHEN_SHOWN}). */
    private ChildJvm.Result start(Path data, String passphrase) throws Exception {
        return new ChildJvm()
                .wrappedIn("xvfb-run", "-a", "-s", "-screen 0 1366x768x24")
                .jvmArgs("-Dprism.order=sw", "-Djava.awt.headless=true",
                        "-D" + KioskApplication.EXIT_WHEN_SHOWN + "=true")
                .environment(Map.of(KeyPassphrase.ENV, passphrase, KioskRuntime.CARD_SECRET_ENV, CARD_SECRET))
                .run(temp, 120, KioskMain.class.getName(), "--data", data.toString());
    }
}
