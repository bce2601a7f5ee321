package org.huzhu.devices.camera.diag;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.huzhu.devices.camera.CameraDiscovery;
import org.huzhu.devices.camera.CameraEvent;
import org.huzhu.devices.camera.CameraSource;
import org.huzhu.devices.camera.Frame;
import org.huzhu.devices.diag.DiagnosticArguments;
import org.huzhu.devices.qr.QrCode;
import org.huzhu.devices.qr.QrDecoder;
import org.huzhu.devices.qr.QrScanner;

/**
 * The installer's camera commands, without the UI:
 *
 * <pre>
 *   camera list [--source SOURCE]                         cameras and their modes
 *   camera snap FILE [--source SOURCE] [--timeout SECS]   one frame to a PNG, to aim the camera
 *   camera qr [--source SOURCE] [--timeout SECS]          scan until a QR code is seen, print its text
 * </pre>
 *
 * SOURCE is as the {@code camera.source} setting: {@code native} (default), {@code native:NAME-PART}, or a folder
 * or image file. {@code args} may start with "camera" or directly with the sub-command. Exit codes: {@value #OK},
 * {@value #CAMERA_PROBLEM} the camera failed or the file could not be written, {@value #USAGE} bad arguments,
 * {@value #NO_CAMERA} no camera, {@value #TIMEOUT} no frame (snap) or no code (qr) in time.
 *
 * <p>{@code snap} is the only camera code that writes an image anywhere, and only to the file it is given. Not
 * thread-safe; one run at a time.
 */
public final class CameraDiagnostics {

    public static final int OK = 0;
    public static final int CAMERA_PROBLEM = 1;
    public static final int USAGE = 2;
    public static final int NO_CAMERA = 4;
    public static final int TIMEOUT = 5;
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** A real camera's first frames are dark while its exposure settles; snap skips this long. */
    private static final Duration NATIVE_WARM_UP = Duration.ofSeconds(1);
    private static final String USAGE_TEXT = "usage: camera list [--source SOURCE]"
            + " | camera snap FILE [--source SOURCE] [--timeout SECONDS]"
            + " | camera qr [--source SOURCE] [--timeout SECONDS]"
            + "   (SOURCE: native, native:NAME-PART, or a folder or image file)";

    private record Options(CameraSource source, Duration timeout, List<String> operands) {
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = DiagnosticArguments.after("camera", args);
        if (rest.isEmpty()) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String command = rest.removeFirst();
        Optional<Options> parsed = parse(rest, err);
        if (parsed.isEmpty()) {
            return USAGE;
        }
        Options options = parsed.get();
        return switch (command) {
            case "list" -> options.operands().isEmpty() ? list(options, out, err)
                    : usage(err, "list takes no file");
            case "snap" -> options.operands().size() == 1 ? snap(options, Path.of(options.operands().getFirst()),
                    out, err) : usage(err, "snap needs one FILE to write the PNG to");
            case "qr" -> options.operands().isEmpty() ? qr(options, out, err) : usage(err, "qr takes no file");
            default -> usage(err, "unknown command " + command);
        };
    }

    private int list(Options options, PrintStream out, PrintStream err) {
        out.println("Camera source: " + options.source().describe());
        return switch (CameraDiscovery.forSource(options.source()).list()) {
            case CameraDiscovery.NoneFound none -> {
                err.println("No camera: " + none.reason() + ".");
                yield NO_CAMERA;
            }
            case CameraDiscovery.Found found -> {
                for (CameraDiscovery.CameraInfo camera : found.cameras()) {
                    out.println("  " + camera.name() + "  " + (camera.resolutions().isEmpty() ? "(no modes listed)"
                            : camera.resolutions().stream().map(Object::toString).collect(Collectors.joining(", "))));
                }
                yield OK;
            }
        };
    }

    private int snap(Options options, Path file, PrintStream out, PrintStream err) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            err.println("Cannot write " + file + ": the folder " + parent + " does not exist.");
            return CAMERA_PROBLEM;
        }
        Duration warmUp = options.source() instanceof CameraSource.NativeCamera ? NATIVE_WARM_UP : Duration.ZERO;
        return FrameWatch.run(options.source(), options.timeout(), err, new FrameWatch.Watcher() {
            private long firstFrameAtNanos = -1;

            @Override
            public Optional<Integer> onEvent(CameraEvent event) {
                if (event instanceof CameraEvent.Opened opened) {
                    out.println("Camera open: " + opened.cameraName() + " at " + opened.resolution());
                }
                return Optional.empty();
            }

            @Override
            public Optional<Integer> onFrame(Frame frame) {
                if (firstFrameAtNanos == -1) {
                    firstFrameAtNanos = frame.capturedAtNanos();
                }
                if (frame.capturedAtNanos() - firstFrameAtNanos < warmUp.toNanos()) {
                    return Optional.empty();
                }
                try {
                    ImageIO.write(frame.image(), "png", file.toFile());
                } catch (IOException e) {
                    err.println("Cannot write " + file + ": " + e.getMessage());
                    return Optional.of(CAMERA_PROBLEM);
                }
                out.println("Wrote frame " + frame.sequence() + " (" + frame.width() + "x" + frame.height() + ") to "
                        + file);
                return Optional.of(OK);
            }

            @Override
            public String timedOut() {
                return "No frame from the camera within " + options.timeout().toSeconds() + " s.";
            }
        });
    }

    private int qr(Options options, PrintStream out, PrintStream err) {
        BlockingQueue<QrCode> codes = new LinkedBlockingQueue<>();
        try (QrScanner scanner = new QrScanner(new QrDecoder(), codes::add)) {
            return FrameWatch.run(options.source(), options.timeout(), err, new FrameWatch.Watcher() {
                @Override
                public Optional<Integer> onEvent(CameraEvent event) {
                    if (event instanceof CameraEvent.Opened opened) {
                        out.println("Camera open: " + opened.cameraName() + "; show a QR code to it...");
                    }
                    return Optional.empty();
                }

                @Override
                public Optional<Integer> onFrame(Frame frame) {
                    scanner.onFrame(frame);
                    QrCode code = codes.poll();
                    if (code == null) {
                        return Optional.empty();
                    }
                    out.println("QR code: " + code.text());
                    return Optional.of(OK);
                }

                @Override
                public String timedOut() {
                    return "No QR code seen within " + options.timeout().toSeconds() + " s (" + scanner.framesDecoded()
                            + " frames decoded).";
                }
            });
        }
    }

    private static Optional<Options> parse(List<String> args, PrintStream err) {
        CameraSource source = CameraSource.fromSetting("native");
        Duration timeout = DEFAULT_TIMEOUT;
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                operands.add(arg);
                continue;
            }
            if (i + 1 >= args.size()) {
                usage(err, arg + " needs a value");
                return Optional.empty();
            }
            String value = args.get(++i);
            switch (arg) {
                case "--source" -> source = CameraSource.fromSetting(value);
                case "--timeout" -> {
                    Optional<Duration> seconds = DiagnosticArguments.seconds(value, 600);
                    if (seconds.isEmpty()) {
                        usage(err, "--timeout needs a whole number of seconds from 1 to 600");
                        return Optional.empty();
                    }
                    timeout = seconds.get();
                }
                default -> {
                    usage(err, "unknown option " + arg);
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Options(source, timeout, operands));
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
