package org.huzhu.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.huzhu.kiosk.FrozenScreenProbe;
import org.huzhu.kiosk.ui.FxWatchdog;
import org.huzhu.kiosk.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watchdog restarts a frozen screen. systemd cannot run in CI (no init of its own in the container), so this test
 * is the supervisor: it does what systemd does for {@code Type=notify}, {@code WatchdogSec=3}, {@code Restart=always}
 * over the same notify protocol (a Unix datagram socket named by {@code NOTIFY_SOCKET}, {@code WATCHDOG_USEC} in the
 * environment). The kiosk is the real demo kiosk on a real X server (Xvfb) in a child JVM; a test hook in that child
 * blocks its FX thread. The pings must stop, the supervisor kills the kiosk on the timeout, and the restarted kiosk on
 * the same data folder is ready and pinging again.
 */
class WatchdogRestartTest {

    private static final Duration WATCHDOG = Duration.ofSeconds(3);
    /** The kiosk's own READY (Xvfb, like Xorg, sends a bare READY=1 of its own to the same socket). */
    private static final String READY = "READY=1\nSTATUS=" + FxWatchdog.READY_STATUS;
    private static final Duration START_PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    @Test
    void aFrozenScreenStopsThePingsAndIsRestarted() throws Exception {
        Path data = temp.resolve("demo");
        Path freeze = temp.resolve("freeze");
        try (NotifySocket socket = NotifySocket.bind(temp.resolve("notify.sock"))) {
            Process kiosk = start(socket, data, freeze, "first");
            try {
                awaitMessage(socket, READY, START_PATIENCE);
                assertThat(watchdogTimesOut(socket, Duration.ofSeconds(8)))
                        .as("a live screen pings within every %s; the kiosk said:%n%s", WATCHDOG, said("first"))
                        .isFalse();

                Files.createFile(freeze);
                assertThat(watchdogTimesOut(socket, Duration.ofSeconds(15)))
                        .as("a blocked FX thread stops the pings").isTrue();
            } finally {
                kill(kiosk);
            }
            Files.delete(freeze);

            Process restarted = start(socket, data, freeze, "restarted");
            try {
                awaitMessage(socket, READY, START_PATIENCE);
                awaitMessage(socket, "WATCHDOG=1", WATCHDOG);
                assertThat(data.resolve("kiosk.db")).as("the same journal, opened again").exists();
            } finally {
                kill(restarted);
            }
        }
    }

    private Process start(NotifySocket socket, Path data, Path freeze, String name) throws IOException {
        Process process = new ChildJvm()
                .wrappedIn("xvfb-run", "-a", "-s", "-screen 0 1366x768x24")
                .jvmArgs("-Dprism.order=sw", "-Djava.awt.headless=true")
                .environment(Map.of("NOTIFY_SOCKET", temp.resolve("notify.sock").toString(),
                        "WATCHDOG_USEC", Long.toString(WATCHDOG.toNanos() / 1000)))
                .start(temp.resolve(name + "-stderr.txt"), FrozenScreenProbe.class.getName(), data.toString(),
                        freeze.toString());
        Thread.ofVirtual().start(() -> {
            try (var out = process.getInputStream()) {
                out.transferTo(OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // the child is gone
            }
        });
        return process;
    }

    private String said(String name) throws IOException {
        return Files.readString(temp.resolve(name + "-stderr.txt"));
    }

    /** As systemd judges: true once {@link #WATCHDOG} passes without a {@code WATCHDOG=1}, within {@code watching}. */
    private static boolean watchdogTimesOut(NotifySocket socket, Duration watching) throws InterruptedException {
        long end = System.nanoTime() + watching.toNanos();
        long lastPing = System.nanoTime();
        while (System.nanoTime() < end) {
            Optional<String> message = socket.next(Duration.ofMillis(100));
            if (message.filter(m -> m.contains("WATCHDOG=1")).isPresent()) {
                lastPing = System.nanoTime();
            } else if (System.nanoTime() - lastPing > WATCHDOG.toNanos()) {
                return true;
            }
        }
        return false;
    }

    private static void awaitMessage(NotifySocket socket, String expected, Duration patience)
            throws InterruptedException {
        long end = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < end) {
            if (socket.next(Duration.ofMillis(200)).filter(m -> m.contains(expected)).isPresent()) {
                return;
            }
        }
        throw new AssertionError("no " + expected + " within " + patience);
    }

    /** What systemd does on a watchdog timeout (it sends SIGABRT, then SIGKILL): the whole process tree goes. */
    private static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
    }
}
