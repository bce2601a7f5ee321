package org.huzhu.kiosk;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.huzhu.devices.camera.diag.CameraDiagnostics;
import org.huzhu.devices.card.diag.CardDiagnostics;
import org.huzhu.face.diag.FaceDiagnostics;
import org.huzhu.kiosk.app.DataFolder;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.app.StartupException;
import org.huzhu.kiosk.app.Logging;
import org.huzhu.kiosk.cli.DiagnosticsCommand;
import org.huzhu.kiosk.cli.JournalCommand;
import org.huzhu.kiosk.cli.SyncCommand;
import org.huzhu.kiosk.config.ConfigException;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.config.KioskConfigFile;
import org.huzhu.kiosk.config.StationMode;
import org.huzhu.kiosk.identity.KeyStoreException;
import org.huzhu.kiosk.identity.KioskIdentity;
import org.huzhu.kiosk.journal.JournalException;
import org.huzhu.kiosk.storage.SqliteNativeLibrary;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.kiosk.ui.KioskApplication;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point. Resolves the data folder (and claims it, so no second process runs on it), starts logging there,
 * validates the configuration, opens the journal (creating the kiosk's key and database on first start), starts the
 * card readers and opens the kiosk's or the counter's window (the demo counter: both); or runs {@code journal …},
 * {@code cards …} or {@code camera …}.
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
        if (args.length > 0 && args[0].equals("diagnostics")) {
            return new DiagnosticsCommand(out, err, env, userHome).run(List.of(args));
        }
        if (args.length > 0 && args[0].equals("cards")) {
            return new CardDiagnostics().run(List.of(args).subList(1, args.length), out, err);
        }
        if (args.length > 0 && args[0].equals("camera")) {
            return new CameraDiagnostics().run(List.of(args).subList(1, args.length), out, err);
        }
        if (args.length > 0 && args[0].equals("face")) {
            return new FaceDiagnostics(DataFolder.resolve(Optional.empty(), false, env, userHome).root()
                    .resolve("face-models")).run(List.of(args).subList(1, args.length), out, err);
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
        try (Closeable claimed = dataFolder.lock()) {
            return runIn(dataFolder, options);
        } catch (DataFolder.FolderInUseException e) {
            err.println("Huzhu Kiosk cannot start: " + e.getMessage() + ". Close it first" + (options.demo()
                    ? " (`--demo --counter` shows the demo kiosk and the demo counter together, `--demo --hospital` the"
                    + " demo kiosk and the demo hospital desk)." : "."));
            return EXIT_DATA_FOLDER;
        } catch (IOException e) {
            err.println("Huzhu Kiosk cannot start: the data folder " + dataFolder.root() + " cannot be locked ("
                    + e.getMessage() + "). Choose another with --data DIR.");
            return EXIT_DATA_FOLDER;
        }
    }

    /**
     * Starts the kiosk, the counter or the hospital desk, or in demo mode with {@code --counter} or {@code --hospital}
     * the demo kiosk and that station beside it, in a data folder this run holds.
     */
    private int runIn(DataFolder dataFolder, LaunchOptions options) {
        // BouncyCastle's provider takes a few hundred milliseconds to build; the key store needs it soon. Built on a
        // thread of its own, it loads while Logback configures itself on this one (fast start, ADR 0020).
        Thread.ofPlatform().name("crypto-warm-up").daemon(true).start(SignatureSuites::provider);
        Logging.logTo(dataFolder.logs());
        SqliteNativeLibrary.useCopyIn(dataFolder.root().resolve("native"));
        Logger log = LoggerFactory.getLogger(KioskMain.class);
        Optional<StationMode> asked = options.hospital() ? Optional.of(StationMode.HOSPITAL)
                : options.counter() ? Optional.of(StationMode.COUNTER) : Optional.empty();
        StationMode firstStart = options.demo() ? StationMode.KIOSK : asked.orElse(StationMode.KIOSK);
        Optional<KioskConfig> loaded = loadConfig(new KioskConfigFile(dataFolder.root(), firstStart), log);
        if (loaded.isEmpty()) {
            return EXIT_CONFIG;
        }
        KioskConfig config = loaded.get();
        StationMode mode = asked.orElse(config.mode());
        if (mode.staffStation() && (options.kiosk() || config.kioskMode())) {
            err.println("Huzhu Kiosk cannot start: a " + (mode == StationMode.COUNTER ? "counter" : "hospital desk")
                    + " is a normal window for staff, never locked down as a kiosk. Start without --kiosk, or set "
                    + "kiosk.mode=false in " + dataFolder.root().resolve(KioskConfigFile.FILE_NAME) + ".");
            return EXIT_CONFIG;
        }
        if (options.kiosk()) {
            config = config.withKioskMode(true);
        }
        // In the demo, this folder's station is the kiosk; the counter or desk beside it has a folder of its own.
        config = config.withMode(options.demo() ? StationMode.KIOSK : mode);
        log.info("Starting: demo={} mode={} {} data={}", options.demo(), mode.tag(), config, dataFolder.root());
        out.println("Huzhu " + (options.demo() ? "Kiosk" : stationName(mode)) + (options.demo() ? " (demo)" : "")
                + ": data folder " + dataFolder.root() + ", log " + dataFolder.logs().resolve("kiosk.log"));

        // The JavaFX runtime comes up while the journal and the readers open (fast start, ADR 0020).
        KioskApplication.startToolkit();
        try (KioskRuntime runtime = KioskRuntime.openBehind(KioskApplication.firstScreenShown(), config, dataFolder,
                options.demo(), env, Clock.systemDefaultZone())) {
            // The key store opens once the first screen is shown; if it cannot, the kiosk stops as it would have.
            FutureTask<Boolean> keyOpened = watchKey(runtime, log);
            // A failure on any thread is logged for staff, never shown to a resident as a stack trace.
            Thread.setDefaultUncaughtExceptionHandler(
                    (thread, error) -> log.error("Uncaught failure on thread {}", thread.getName(), error));
            if (options.demo()) {
                // The demo's consenting resident, in the background: the face engine takes a second to load.
                Thread.ofVirtual().name("demo-faces").start(runtime::enrolDemoFaces);
            }
            int exitCode;
            if (mode == StationMode.KIOSK) {
                exitCode = KioskApplication.launch(Optional.of(runtime.context()), Optional.empty());
            } else if (options.demo()) {
                exitCode = runDemoStation(runtime, mode, dataFolder, log);
            } else if (mode == StationMode.COUNTER) {
                exitCode = KioskApplication.launch(Optional.empty(), Optional.of(runtime.counterContext()));
            } else {
                exitCode = KioskApplication.launchHospital(Optional.empty(), runtime.hospitalContext());
            }
            return opened(keyOpened) ? exitCode : KioskRuntime.EXIT_JOURNAL;
        } catch (StartupException e) {
            log.error("Cannot start: {}", e.getMessage());
            err.println("Huzhu Kiosk cannot start: " + e.getMessage());
            return e.exitCode();
        } catch (StorageException e) {
            log.warn("Closing the journal: {}", e.getMessage());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Stopped while the windows were open");
            return 0;
        }
    }

    private static String stationName(StationMode mode) {
        return switch (mode) {
            case KIOSK -> "Kiosk";
            case COUNTER -> "Counter";
            case HOSPITAL -> "Hospital desk";
        };
    }

    /**
     * The demo counter or the demo hospital desk beside the demo kiosk (ADR 0013): one process, two windows, one
     * embedded server, two stations with their own keys and journals. Returns when both windows are closed.
     */
    private int runDemoStation(KioskRuntime demoKiosk, StationMode mode, DataFolder kioskFolder, Logger log)
            throws StartupException, StorageException, InterruptedException {
        DataFolder folder = mode == StationMode.COUNTER ? kioskFolder.demoCounter() : kioskFolder.demoHospital();
        try {
            folder.create();
        } catch (IOException e) {
            err.println("Huzhu Kiosk cannot start: the demo " + stationName(mode).toLowerCase(java.util.Locale.ROOT)
                    + "'s folder " + folder.root() + " cannot be created (" + e.getMessage() + ").");
            return EXIT_DATA_FOLDER;
        }
        Optional<KioskConfig> config = loadConfig(new KioskConfigFile(folder.root(), mode), log);
        if (config.isEmpty()) {
            return EXIT_CONFIG;
        }
        out.println("Huzhu " + stationName(mode) + " (demo): data folder " + folder.root());
        try (KioskRuntime station = KioskRuntime.openDemoStation(config.get().withKioskMode(false), mode, folder,
                demoKiosk, env, Clock.systemDefaultZone())) {
            FutureTask<Boolean> keyOpened = watchKey(station, log);
            int exitCode = mode == StationMode.COUNTER
                    ? KioskApplication.launch(Optional.of(demoKiosk.context()), Optional.of(station.counterContext()))
                    : KioskApplication.launchHospital(Optional.of(demoKiosk.context()), station.hospitalContext());
            return opened(keyOpened) ? exitCode : KioskRuntime.EXIT_JOURNAL;
        }
    }

    private Optional<KioskConfig> loadConfig(KioskConfigFile file, Logger log) {
        try {
            return Optional.of(file.loadOrCreate());
        } catch (ConfigException e) {
            log.error("Configuration refused: {}", e.getMessage());
            err.println("Huzhu Kiosk cannot start. Please correct the configuration file:");
            err.println("  " + e.getMessage());
            return Optional.empty();
        }
    }

    /** {@link #announceOrStop} on a thread of its own; its result says whether the key opened. */
    private FutureTask<Boolean> watchKey(KioskRuntime runtime, Logger log) {
        FutureTask<Boolean> opened = new FutureTask<>(() -> announceOrStop(runtime, log));
        Thread.ofVirtual().name("key-store-watch").start(opened);
        return opened;
    }

    /**
     * Whether the station's key opened, once that is settled: the windows may have closed before it was (a restart
     * from the maintenance screen, the training run of the start-up cache), and the exit code must still say so.
     */
    private static boolean opened(FutureTask<Boolean> keyOpened) throws InterruptedException {
        try {
            return keyOpened.get();
        } catch (ExecutionException e) {
            return false; // announceOrStop throws nothing checked; anything else is a key that did not open
        }
    }

    /**
     * Names the station once its key has opened; if it cannot open (a wrong passphrase, another kiosk's journal), says
     * why in one sentence, as before the window opened, and closes every window with {@link KioskRuntime#EXIT_JOURNAL}.
     */
    private boolean announceOrStop(KioskRuntime runtime, Logger log) {
        KioskIdentity identity;
        try {
            identity = runtime.journal().journal().awaitIdentity();
        } catch (KeyStoreException | JournalException e) {
            log.error("Cannot start: {}", e.getMessage());
            err.println("Huzhu Kiosk cannot start: " + e.getMessage());
            KioskApplication.stop(KioskRuntime.EXIT_JOURNAL);
            return false;
        }
        String station = stationName(runtime.context().config().mode());
        log.info("{} {} ({}), key fingerprint {}, journal head {}", station, identity.kioskId(),
                identity.suite().id(), identity.fingerprint(), runtime.journal().journal().headSequence());
        out.println(station + " " + identity.kioskId() + ", "
                + identity.suite().id() + " key fingerprint " + identity.fingerprint());
        return true;
    }
}
