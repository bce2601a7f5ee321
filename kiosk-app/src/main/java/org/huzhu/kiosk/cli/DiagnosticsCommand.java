package org.huzhu.kiosk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huzhu.kiosk.app.DataFolder;
import org.huzhu.kiosk.diagnostics.DiagnosticsBundle;

/**
 * {@code huzhu-kiosk diagnostics --out FILE.zip [--data DIR]}: the diagnostics bundle of a kiosk's data folder, for a
 * technician (the maintenance screen writes the same bundle with the live health history). Safe while the kiosk runs:
 * it reads the journal read-only.
 */
public final class DiagnosticsCommand {

    static final String USAGE = """
            Usage: huzhu-kiosk diagnostics --out FILE.zip [--data DIR]
              Writes the logs, the configuration (secrets left out), the versions and the journal's check into one
              zip. Nothing personal goes in. DIR: the kiosk's data folder (default: $HUZHU_KIOSK_DATA, else
              ~/.local/share/huzhu-kiosk).""";
    private static final int FAILED = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Path userHome;

    public DiagnosticsCommand(PrintStream out, PrintStream err, Map<String, String> env, Path userHome) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.userHome = userHome;
    }

    /** {@code args} from the word {@code diagnostics} on. */
    public int run(List<String> args) {
        try {
            Arguments arguments = Arguments.parse(args, List.of("--out", "--data"));
            Path target = arguments.path("--out");
            Optional<Path> data = Optional.ofNullable(arguments.options().get("--data")).map(Path::of);
            DataFolder folder = DataFolder.resolve(data, false, env, userHome);
            DiagnosticsBundle.Written written = DiagnosticsBundle.write(folder.diagnostics(), target,
                    List.of("(no live health history: written by the command, not by the running kiosk)"),
                    Clock.systemUTC());
            out.println("wrote " + written.file() + ": " + String.join(", ", written.entries()));
            return 0;
        } catch (UsageException e) {
            err.println("diagnostics: " + e.getMessage());
            err.println(USAGE);
            return FAILED;
        } catch (IOException e) {
            err.println("diagnostics: cannot write the bundle (" + e.getMessage() + ")");
            return FAILED;
        }
    }
}
