package org.huzhu.devices.card.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * TEST SUPPORT. Runs a command-line tool (OpenSC's, for the third-party PIV test) with a time limit and captures what
 * it printed. Output goes to a file, not a pipe, so a chatty tool cannot block on a full pipe buffer.
 */
public final class ExternalTool {

    /** What the tool did: its exit code and everything it printed (stdout and stderr interleaved). */
    public record Result(int exitCode, String output) {
    }

    private ExternalTool() {
    }

    public static boolean isInstalled(Path executable) {
        return Files.isExecutable(executable);
    }

    /** Runs {@code command}, killing it after {@code timeout}; fails the test if it cannot be started or hangs. */
    public static Result run(Duration timeout, Map<String, String> environment, List<String> command) {
        try {
            Path log = Files.createTempFile("external-tool", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(command.getFirst() + " did not finish within " + timeout + ": "
                            + Files.readString(log, StandardCharsets.UTF_8));
                }
                return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command.getFirst(), e);
        }
    }
}
