package org.huzhu.kiosk;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.huzhu.devices.card.diag.CardDiagnostics;
import org.huzhu.kiosk.app.DataFolder;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.app.StartupException;
import org.huzhu.kiosk.app.Logging;
import org.huzhu.kiosk.cli.JournalCommand;
import org.huzhu.kiosk.cli.SyncCommand;
import org.huzhu.kiosk.config.ConfigException;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.config.KioskConfigFile;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.kiosk.ui.KioskApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point. Resolves the data folder, starts logging there, validates the configuration, opens the journal
 * (creating the kiosk's key and database on first start), starts the card readers and opens the window; or runs
 * {@code journal …} or {@code cards …}.
 * Everything that can go wrong before the window opens ends with one plain sentence on stderr and an exit code,
 * never a stack trace.
 */
public final class KioskMain {

    static final int EXIT_CONFIG = KioskRuntime.EXIT_CONFIG;
    static final int EXIT_DATA_FOLDER = 3;
    static final int EXIT_USAGE = 64;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Path userHome;

    KioskMain(PrintStream out, PrintStream err, Map<String, String> env, Path userHome) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.userHome = userHome;
    }

    public static void main(String[] args) {
        var main = new KioskMain(System.out, System.err, System.getenv(), Path.of(System.getProperty("user.home")));
        int exitCode = main.run(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** Runs a command ({@code journal …}) or the kiosk; returns the process exit code once done. */
    int run(String... args) {
        if (args.length > 0 && args[0].equals("journal")) {
            return new JournalCommand(out, err, env).run(List.of(args).subList(1, args.length));
        }
        if (args.length > 0 && (args[0].equals("enrol") || args[0].equals("sync"))) {
            return new SyncCommand(out, err, env).run(List.of(args));
        }
        if (args.length > 0 && args[0].equals("cards")) {
            return new CardDiagnostics().run(List.of(args).subList(1, args.length), out, err);
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (LaunchOptions.UsageException e) {
            err.println("huzhu-kiosk: " + e.getMessage());
            err.println(LaunchOptions.USAGE);
            return EXIT_USAGE;
        }
        if (options.help()) {
            out.println(LaunchOptions.USAGE);
            return 0;
        }
        DataFolder dataFolder = DataFolder.resolve(options.data(), options.demo(), env, userHome);
        try {
            dataFolder.create();
        } catch (IOException e) {
            err.println("Huzhu Kiosk cannot start: the data folder " + dataFolder.root() + " cannot be created ("
                    + e.getMessage() + "). Choose another with --data DIR.");
            return EXIT_DATA_FOLDER;
        }
        Logging.logTo(dataFolder.logs());
        Logger log = LoggerFactory.getLogger(KioskMain.class);

        KioskConfig config;
        try {
            config = new KioskConfigFile(dataFolder.root()).loadOrCreate();
        } catch (ConfigException e) {
            log.error("Configuration refused: {}", e.getMessage());
            err.println("Huzhu Kiosk cannot start. Please correct the configuration file:");
            err.println("  " + e.getMessage());
            return EXIT_CONFIG;
        }
        if (options.kiosk()) {
            config = config.withKioskMode(true);
        }
        log.info("Starting: demo={} {} data={}", options.demo(), config, dataFolder.root());
        out.println("Huzhu Kiosk" + (options.demo() ? " (demo)" : "") + ": data folder " + dataFolder.root()
                + ", log " + dataFolder.logs().resolve("kiosk.log"));

        try (KioskRuntime runtime = KioskRuntime.open(config, dataFolder, options.demo(), env, Clock.systemDefaultZone())) {
            var identity = runtime.journal().journal().identity();
            log.info("Kiosk {} ({}), key fingerprint {}, journal head {}", identity.kioskId(), identity.suite().id(),
                    identity.fingerprint(), runtime.journal().journal().headSequence());
            out.println("Kiosk " + identity.kioskId() + ", " + identity.suite().id() + " key fingerprint "
                    + identity.fingerprint());
            // A failure on any thread is logged for staff, never shown to a resident as a stack trace.
            Thread.setDefaultUncaughtExceptionHandler(
                    (thread, error) -> log.error("Uncaught failure on thread {}", thread.getName(), error));
            KioskApplication.launch(runtime.context());
            return 0;
        } catch (StartupException e) {
            log.error("Cannot start: {}", e.getMessage());
            err.println("Huzhu Kiosk cannot start: " + e.getMessage());
            return e.exitCode();
        } catch (StorageException e) {
            log.warn("Closing the journal: {}", e.getMessage());
            return 0;
        }
    }
}
