package org.huzhu.devices.card.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.huzhu.devices.card.pcsc.PcscReaderBackend;
import org.huzhu.devices.card.reader.ReaderStatus;
import org.huzhu.devices.card.reader.ServiceUnavailableException;
import org.junit.jupiter.api.Assumptions;

/**
 * TEST SUPPORT. Makes sure a pcscd with the vpcd readers runs, starting one if needed, and stops/starts it for the
 * recovery tests. Reuses a running pcscd (only one may run per machine). Starting needs root, as in CI.
 *
 * <p>Without pcscd or vsmartcard-vpcd installed: on CI ({@code CI=true}) the test fails, elsewhere it is skipped with
 * the command that installs them, so a developer sees why.
 */
public final class PcscDaemon {

    public static final Path SOCKET = Path.of("/run/pcscd/pcscd.comm");
    private static final Path PID_FILE = Path.of("/run/pcscd/pcscd.pid");
    private static final Path VPCD_DRIVER = Path.of("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RESCAN_AFTER = Duration.ofSeconds(2);
    private static final String INSTALL_HINT = "install them: apt-get install -y --no-install-recommends pcscd"
            + " vsmartcard-vpcd (ADR 0004)";

    private PcscDaemon() {
    }

    /** pcscd running and both vpcd readers listed. */
    public static synchronized void ensureRunning() {
        requireInstalled();
        if (!isRunning()) {
            start();
        }
        awaitVirtualReaders();
    }

    public static synchronized boolean isRunning() {
        return Files.exists(SOCKET) && pid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Stops the running pcscd (SIGTERM) and waits until it has exited. */
    public static synchronized void stop() {
        Optional<ProcessHandle> process = pid().flatMap(ProcessHandle::of);
        process.ifPresent(ProcessHandle::destroy);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (process.map(ProcessHandle::isAlive).orElse(false) || Files.exists(SOCKET)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("pcscd did not stop within " + START_TIMEOUT);
            }
            sleep(20);
        }
    }

    /** Starts pcscd as a daemon and waits for its socket. */
    public static synchronized void start() {
        run("pcscd"); // the daemon forks; the launcher returns at once
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!isRunning()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("pcscd started but " + SOCKET + " did not appear (not root?)");
            }
            sleep(20);
        }
    }

    /**
     * Waits until pcscd no longer sees a card in {@code readerName}. Needed between tests: a card removed and another
     * inserted within one of pcscd's 400 ms polls look to pcscd like one card that never left.
     */
    public static void awaitNoCard(String readerName) {
        awaitCardState(readerName, false);
    }

    /** Waits until pcscd sees a card in {@code readerName}, for tools that connect to it themselves. */
    public static void awaitCard(String readerName) {
        awaitCardState(readerName, true);
    }

    private static void awaitCardState(String readerName, boolean present) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (PcscReaderBackend backend = PcscReaderBackend.create()) {
            while (true) {
                try {
                    if (backend.readers().stream().anyMatch(r -> r.name().equals(readerName)
                            && r.cardPresent() == present)) {
                        return;
                    }
                } catch (ServiceUnavailableException e) {
                    reconnectQuietly(backend);
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(readerName + (present ? " reports no card" : " still reports a card")
                            + " after " + START_TIMEOUT);
                }
                sleep(20);
            }
        }
    }

    /**
     * Waits for both vpcd readers. A pcscd started before vsmartcard-vpcd was installed (apt may start it between the
     * two packages) has not read vpcd's reader.conf, and {@code pcscd --hotplug} does not make it: after a short wait
     * such a pcscd is restarted, once.
     */
    private static void awaitVirtualReaders() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        long rescanAt = System.nanoTime() + RESCAN_AFTER.toNanos();
        try (PcscReaderBackend backend = PcscReaderBackend.create()) {
            while (true) {
                try {
                    List<ReaderStatus> readers = backend.readers();
                    if (readers.stream().filter(r -> r.name().startsWith("Virtual PCD")).count() >= 2) {
                        return;
                    }
                } catch (ServiceUnavailableException e) {
                    reconnectQuietly(backend);
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("pcscd runs but does not list the two vpcd readers");
                }
                if (rescanAt != 0 && System.nanoTime() > rescanAt) {
                    rescanAt = 0;
                    stop();
                    start();
                }
                sleep(50);
            }
        }
    }

    private static void run(String... command) {
        try {
            new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command[0], e);
        }
    }

    private static void reconnectQuietly(PcscReaderBackend backend) {
        try {
            backend.reconnect();
        } catch (ServiceUnavailableException e) {
            // Still starting: try again on the next round.
        }
    }

    private static void requireInstalled() {
        boolean installed = Files.isExecutable(Path.of("/usr/sbin/pcscd")) && Files.exists(VPCD_DRIVER);
        if (installed) {
            return;
        }
        String reason = "pcscd and vsmartcard-vpcd are needed for the PC/SC tests: " + INSTALL_HINT;
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(reason);
        }
        Assumptions.abort(reason);
    }

    private static Optional<Long> pid() {
        try {
            // pcscd writes the pid followed by a newline and a NUL byte.
            return Optional.of(Long.parseLong(Files.readString(PID_FILE).replaceAll("[^0-9]", "")));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
