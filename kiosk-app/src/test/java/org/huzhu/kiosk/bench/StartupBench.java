package org.huzhu.kiosk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.huzhu.kiosk.app.NotifySocket;
import org.huzhu.kiosk.ui.FxWatchdog;
import org.huzhu.kiosk.ui.KioskApplication;

/**
 * Start-up: process start → first screen shown, the kiosk (a second start of a real, non-demo kiosk: its key, journal
 * and configuration exist) beside a bare JavaFX window, in the same run, on the same X server, with the kiosk's own JVM
 * flags (bin/huzhu-kiosk) for both; each also with a Java 25 AOT cache (JEP 483/514/515) trained on that program's
 * own start. The kiosk is "shown" when it sends READY=1 (after its window is up: the supervisor's signal); the floor
 * when it prints "shown" after {@code show()}. Rounds alternate the four, so a slow moment hits all alike. Starts its
 * own Xvfb. Usage: {@code StartupBench KIOSK_JAR ROUNDS}.
 */
public final class StartupBench {

    private static final List<String> KIOSK_FLAGS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx192m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "--enable-native-access=ALL-UNNAMED",
            "-Dprism.order=sw", "-D" + KioskApplication.EXIT_WHEN_SHOWN + "=true");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Path kioskJar;
    private final Path work;
    private final Map<String, String> env;

    private StartupBench(Path kioskJar, Path work, String display) {
        this.kioskJar = kioskJar;
        this.work = work;
        this.env = Map.of("DISPLAY", display, "MALLOC_ARENA_MAX", "2", "HUZHU_KIOSK_KEY_PASSPHRASE", "startup-bench",
                "HUZHU_CARD_SECRET", "c3RhcnR1cC1iZW5jaC1jYXJkLXNlY3JldA==",
                "NOTIFY_SOCKET", work.resolve("notify.sock").toString());
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("huzhu-startup-bench");
        int display = freeDisplay();
        Process xvfb = new ProcessBuilder("Xvfb", ":" + display, "-screen", "0", "1366x768x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start();
        try {
            while (!Files.exists(Path.of("/tmp/.X11-unix/X" + display)) && xvfb.isAlive()) {
                Thread.sleep(50);
            }
            new StartupBench(Path.of(args[0]).toAbsolutePath(), work, ":" + display).run(Integer.parseInt(args[1]));
        } finally {
            xvfb.destroy();
        }
    }

    private static int freeDisplay() {
        int display = 90;
        while (Files.exists(Path.of("/tmp/.X11-unix/X" + display)) || Files.exists(Path.of("/tmp/.X" + display
                + "-lock"))) {
            display++;
        }
        return display;
    }

    private void run(int rounds) throws Exception {
        Path bareJar = bareWindowJar();
        Path data = work.resolve("kiosk");
        Map<String, List<String>> programs = new LinkedHashMap<>();
        programs.put("bare window", List.of("-jar", bareJar.toString()));
        programs.put("bare window, AOT cache", aot("bare", List.of("-jar", bareJar.toString())));
        List<String> kiosk = List.of("-jar", kioskJar.toString(), "--data", data.toString());
        programs.put("kiosk", kiosk);
        programs.put("kiosk, AOT cache", aot("kiosk", kiosk));
        try (NotifySocket socket = NotifySocket.bind(work.resolve("notify.sock"))) {
            // First start: the kiosk's key, journal and configuration; then the AOT caches' training runs.
            timeToShown(socket, "kiosk", kiosk);
            timeToShown(socket, "training bare", training("bare", List.of("-jar", bareJar.toString())));
            timeToShown(socket, "training kiosk", training("kiosk", kiosk));
            Map<String, List<Long>> millis = new LinkedHashMap<>();
            programs.keySet().forEach(name -> millis.put(name, new ArrayList<>()));
            for (int round = 0; round < rounds; round++) {
                for (var program : programs.entrySet()) {
                    millis.get(program.getKey()).add(timeToShown(socket, program.getKey(), program.getValue()));
                }
            }
            report(millis, rounds);
        }
    }

    private List<String> aot(String name, List<String> program) {
        List<String> args = new ArrayList<>(List.of("-XX:AOTCache=" + work.resolve(name + ".aot")));
        args.addAll(program);
        return args;
    }

    private List<String> training(String name, List<String> program) {
        List<String> args = new ArrayList<>(List.of("-XX:AOTCacheOutput=" + work.resolve(name + ".aot")));
        args.addAll(program);
        return args;
    }

    /** Milliseconds from starting the process to its first screen; waits for it to exit before the next start. */
    private long timeToShown(NotifySocket socket, String name, List<String> programArgs) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(KIOSK_FLAGS);
        command.addAll(programArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        List<String> output = new ArrayList<>();
        Thread reader = Thread.ofPlatform().start(() -> readLines(process, output));
        long shown = awaitShown(socket, output, start);
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not exit after its first screen");
        }
        reader.join();
        if (shown < 0 || process.exitValue() != 0) {
            throw new IllegalStateException(name + " failed (exit " + process.exitValue() + "):\n"
                    + String.join("\n", output));
        }
        return TimeUnit.NANOSECONDS.toMillis(shown - start);
    }

    /** The instant the first screen was reported: the kiosk's READY=1 on the socket, or the floor's "shown" line. */
    private static long awaitShown(NotifySocket socket, List<String> output, long start) throws InterruptedException {
        long deadline = start + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (output) {
                if (output.contains("shown")) {
                    return System.nanoTime();
                }
            }
            if (socket.next(Duration.ofMillis(2)).filter(m -> m.contains(FxWatchdog.READY_STATUS)).isPresent()) {
                return System.nanoTime();
            }
        }
        return -1;
    }

    private static void readLines(Process process, List<String> output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.add(line);
                }
            }
        } catch (IOException e) {
            synchronized (output) {
                output.add("(output lost: " + e.getMessage() + ")");
            }
        }
    }

    /**
     * The floor as a jar beside the kiosk's, on the kiosk's own JavaFX jars: an AOT cache takes classes from jars only.
     */
    private Path bareWindowJar() throws IOException {
        Path lib = kioskJar.resolveSibling("lib");
        String classPath;
        try (var jars = Files.list(lib)) {
            classPath = jars.map(jar -> jar.getFileName().toString()).filter(jar -> jar.startsWith("javafx-"))
                    .sorted().map(jar -> "lib/" + jar).collect(Collectors.joining(" "));
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, BareWindow.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        Path jar = kioskJar.resolveSibling("startup-bench-bare-window.jar");
        try (OutputStream file = Files.newOutputStream(jar); var out = new JarOutputStream(file, manifest)) {
            for (Class<?> type : List.of(BareWindow.class, BareWindow.App.class)) {
                String entry = type.getName().replace('.', '/') + ".class";
                try (var bytes = type.getClassLoader().getResourceAsStream(entry)) {
                    out.putNextEntry(new JarEntry(entry));
                    bytes.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    private static void report(Map<String, List<Long>> millis, int rounds) {
        double floor = median(millis.get("bare window"));
        System.out.printf("%nStart-up, process start -> first screen shown (median of %d rounds, ms; kiosk flags of "
                + "bin/huzhu-kiosk, software rendering under Xvfb):%n", rounds);
        for (var program : millis.entrySet()) {
            double median = median(program.getValue());
            System.out.printf("  %-24s %7.0f ms   %.2fx the bare window   %s%n", program.getKey(), median,
                    median / floor, program.getValue());
        }
    }

    private static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
