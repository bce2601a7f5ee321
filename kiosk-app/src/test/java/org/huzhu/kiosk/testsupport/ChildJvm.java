package org.huzhu.kiosk.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a class of ours in a separate JVM (the same JDK as this test JVM) and waits for it, for tests that need a
 * fresh process: the real logging set-up, a real window on another glass platform, a process to kill.
 */
public final class ChildJvm {

    /** What the child did. Output is kept in files, so a chatty child can never block on a full pipe. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    private final List<String> prefix = new ArrayList<>();
    private final List<String> jvmArgs = new ArrayList<>();
    private boolean productionClasspath;
    private Map<String, String> environment = Map.of();

    /** Runs the JVM through a wrapper command, e.g. {@code xvfb-run -a}. */
    public ChildJvm wrappedIn(String... command) {
        prefix.addAll(Arrays.asList(command));
        return this;
    }

    public ChildJvm jvmArgs(String... args) {
        jvmArgs.addAll(Arrays.asList(args));
        return this;
    }

    /**
     * Leaves test classes and test resources (e.g. logback-test.xml), and other modules' test-jars, off the classpath:
     * what the packaged kiosk runs with, the server module included (demo mode embeds it, ADR 0008).
     */
    public ChildJvm productionClasspath() {
        productionClasspath = true;
        return this;
    }

    public ChildJvm environment(Map<String, String> extra) {
        environment = extra;
        return this;
    }

    public Result run(Path workDir, long timeoutSeconds, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = command(mainClass, args);
        Files.createDirectories(workDir);
        Path out = workDir.resolve("child-stdout.txt");
        Path err = workDir.resolve("child-stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new AssertionError("child JVM did not finish within " + timeoutSeconds + " s: " + command
                    + "\nstderr:\n" + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * Starts the child and returns at once; its standard output is the returned process's input stream (read it,
     * or the child blocks), its standard error goes to {@code stderrFile}.
     */
    public Process start(Path stderrFile, String mainClass, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(mainClass, args))
                .redirectError(ProcessBuilder.Redirect.appendTo(stderrFile.toFile()));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private List<String> command(String mainClass, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.add(javaExecutable());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classpath());
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        return command;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private String classpath() {
        // Surefire runs tests from a manifest-only jar; it publishes the real test classpath in this property.
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        if (!productionClasspath) {
            return classpath;
        }
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar"))
                .reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
    }
}
