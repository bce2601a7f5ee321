package org.huzhu.kiosk.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.random.RandomGenerator;
import org.huzhu.devices.card.pcsc.PcscReaderBackend;
import org.huzhu.devices.card.profile.IdNumberHasher;
import org.huzhu.devices.card.reader.ReaderBackend;
import org.huzhu.devices.printer.PaperWidth;
import org.huzhu.kiosk.community.Community;
import org.huzhu.kiosk.counter.CounterClient;
import org.huzhu.kiosk.desk.CounterRecorder;
import org.huzhu.kiosk.desk.Desk;
import org.huzhu.kiosk.signin.CameraSignInService;
import org.huzhu.kiosk.face.FaceCoach;
import org.huzhu.kiosk.face.FaceGallerySource;
import org.huzhu.kiosk.face.FaceTemplateStore;
import org.huzhu.kiosk.face.KioskFaceKey;
import org.huzhu.kiosk.face.StationCamera;
import org.huzhu.kiosk.hospital.HospitalOrders;
import org.huzhu.kiosk.diagnostics.Maintenance;
import org.huzhu.kiosk.diagnostics.RemovableMedia;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.config.PrinterSetting;
import org.huzhu.kiosk.config.StationMode;
import org.huzhu.kiosk.config.SyncConfig;
import org.huzhu.kiosk.health.HealthChange;
import org.huzhu.kiosk.health.HealthMonitor;
import org.huzhu.kiosk.health.PrinterCheck;
import org.huzhu.kiosk.health.HeartbeatSender;
import org.huzhu.kiosk.health.KioskHealth;
import org.huzhu.kiosk.health.ServerClock;
import org.huzhu.kiosk.journal.JournalException;
import org.huzhu.kiosk.journal.KeyPassphrase;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.printing.StationPrinter;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.signin.CodeSignIn;
import org.huzhu.kiosk.signin.SignInService;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.kiosk.sync.Backoff;
import org.huzhu.kiosk.sync.ServerAddresses;
import org.huzhu.kiosk.sync.ServerBinding;
import org.huzhu.kiosk.sync.SnapshotStore;
import org.huzhu.kiosk.sync.SyncClient;
import org.huzhu.kiosk.sync.SyncService;
import org.huzhu.kiosk.sync.Synchronizer;
import org.huzhu.protocol.sync.Heartbeat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's (or counter's) services for one run, opened in dependency order and closed in reverse: the journal (key
 * store and database), the residents, in demo mode the embedded sync server (the demo counter joins the demo kiosk's),
 * background sync when the kiosk is enrolled, and the card readers (real PC/SC, or the demo's simulated readers with
 * seeded residents).
 */
public final class KioskRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KioskRuntime.class);

    public static final String DATABASE_FILE = "kiosk.db";
    /** The counter's exports, beside the database in the data folder (ADR 0014: on the encrypted volume). */
    public static final String EXPORTS_FOLDER = "exports";
    /** The deployment's secret for card pseudonyms, base64; the same on every kiosk of a deployment. */
    public static final String CARD_SECRET_ENV = "HUZHU_CARD_SECRET";

    public static final int EXIT_CONFIG = 2;
    public static final int EXIT_JOURNAL = 4;
    public static final int EXIT_DEMO_SERVER = 5;

    /** What has been started so far, so a failed start can close it and a finished run can close it all. */
    private record Parts(OpenJournal journal, Optional<DemoServer> demoServer, Optional<SyncService> sync,
            Optional<CounterClient> counterClient, Optional<SignInService> signIn, StationCamera camera,
            Optional<HealthMonitor> health, Optional<HeartbeatSender> heartbeat) {

        Parts with(DemoServer started) {
            return new Parts(journal, Optional.of(started), sync, counterClient, signIn, camera, health, heartbeat);
        }

        Parts with(Optional<SyncService> started, Optional<CounterClient> client) {
            return new Parts(journal, demoServer, started, client, signIn, camera, health, heartbeat);
        }

        Parts with(SignInService started) {
            return new Parts(journal, demoServer, sync, counterClient, Optional.of(started), camera, health, heartbeat);
        }

        Parts with(StationCamera started) {
            return new Parts(journal, demoServer, sync, counterClient, signIn, started, health, heartbeat);
        }

        Parts with(HealthMonitor started) {
            return new Parts(journal, demoServer, sync, counterClient, signIn, camera, Optional.of(started),
                    heartbeat);
        }

        Parts with(HeartbeatSender started) {
            return new Parts(journal, demoServer, sync, counterClient, signIn, camera, health, Optional.of(started));
        }

        /** Reverse order of starting: nothing is used after it is closed. */
        void close() throws StorageException {
            heartbeat.ifPresent(HeartbeatSender::close);
            health.ifPresent(HealthMonitor::close);
            camera.close();
            signIn.ifPresent(SignInService::close);
            counterClient.ifPresent(CounterClient::close);
            sync.ifPresent(SyncService::close);
            try {
                journal.close();
            } finally {
                demoServer.ifPresent(DemoServer::close);
            }
        }
    }

    private final Parts parts;
    private final KioskContext context;
    private final Desk desk;
    private final HospitalOrders hospitalOrders;

    private KioskRuntime(Parts parts, KioskContext context, Desk desk, HospitalOrders hospitalOrders) {
        this.parts = parts;
        this.context = context;
        this.desk = desk;
        this.hospitalOrders = hospitalOrders;
    }

    public static KioskRuntime open(KioskConfig config, DataFolder dataFolder, boolean demo, Map<String, String> env,
            Clock clock) throws StartupException {
        return openBehind(CompletableFuture.completedFuture(null), config, dataFolder, demo, env, clock);
    }

    /**
     * As {@link #open}, for the station's own process (fast start, ADR 0020): its key store loads once
     * {@code firstScreen} has been shown, not beside it. Not in the demo, whose embedded server enrols it while it
     * opens.
     */
    public static KioskRuntime openBehind(CompletionStage<?> firstScreen, KioskConfig config, DataFolder dataFolder,
            boolean demo, Map<String, String> env, Clock clock) throws StartupException {
        return start(config, dataFolder, demo ? Optional.of(new DemoWiring(new DemoDevices(), Optional.empty()))
                : Optional.empty(), env, clock, demo ? CompletableFuture.completedFuture(null) : firstScreen);
    }

    /**
     * The demo counter (ADR 0013): a station of its own (key, journal and data in {@code dataFolder}) with the
     * counter's two simulated readers, enrolled with and syncing to {@code demoKiosk}'s embedded server, which stays
     * the demo kiosk's: close the counter first.
     *
     * @throws IllegalArgumentException if {@code demoKiosk} is not a demo kiosk (it has no embedded server)
     */
    public static KioskRuntime openDemoCounter(KioskConfig config, DataFolder dataFolder, KioskRuntime demoKiosk,
            Map<String, String> env, Clock clock) throws StartupException {
        return openDemoStation(config, StationMode.COUNTER, dataFolder, demoKiosk, env, clock);
    }

    /**
     * The demo counter ({@link #openDemoCounter}) or the demo hospital desk (issue 13): the desk of the demo hospital,
     * with a reader for its receptionist's staff card and one for patients' cards, enrolled for that hospital.
     *
     * @throws IllegalArgumentException if {@code mode} is no staff station's, or {@code demoKiosk} is not a demo
     *     kiosk (it has no embedded server)
     */
    public static KioskRuntime openDemoStation(KioskConfig config, StationMode mode, DataFolder dataFolder,
            KioskRuntime demoKiosk, Map<String, String> env, Clock clock) throws StartupException {
        if (!mode.staffStation()) {
            throw new IllegalArgumentException("a demo station beside the demo kiosk is a counter or a hospital desk");
        }
        DemoServer server = demoKiosk.parts.demoServer()
                .orElseThrow(() -> new IllegalArgumentException("the demo " + mode.tag() + " needs a demo kiosk's "
                        + "server"));
        DemoDevices devices = mode == StationMode.COUNTER ? DemoDevices.forCounter() : DemoDevices.forHospital();
        return start(config.withMode(mode), dataFolder, Optional.of(new DemoWiring(devices, Optional.of(server))),
                env, clock, CompletableFuture.completedFuture(null));
    }

    /**
     * How a demo station is wired: its simulated devices, and the embedded server it joins (a counter), or none, when
     * it starts the server itself and journals the demo community (the kiosk).
     */
    private record DemoWiring(DemoDevices devices, Optional<DemoServer> joins) {
    }

    private static KioskRuntime start(KioskConfig config, DataFolder dataFolder, Optional<DemoWiring> demo,
            Map<String, String> env, Clock clock, CompletionStage<?> keyAfter) throws StartupException {
        char[] passphrase = KeyPassphrase.resolve(env, config.keyPassphrase(), demo.isPresent()).orElseThrow(() ->
                new StartupException(EXIT_CONFIG, "the kiosk key store needs a passphrase. Set the environment variable "
                        + KeyPassphrase.ENV + " (or key.passphrase in kiosk.properties).", null));
        Optional<DemoDevices> demoDevices = demo.map(DemoWiring::devices);
        byte[] cardSecret = demoDevices.map(DemoDevices::cardSecret).orElse(null);
        if (cardSecret == null) {
            cardSecret = cardSecret(env);
        }
        OpenJournal journal = openJournal(dataFolder.root().resolve(DATABASE_FILE), passphrase, config, clock,
                keyAfter);
        Parts parts = new Parts(journal, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                StationCamera.none(), Optional.empty(), Optional.empty());
        try {
            Residents residents = new Residents(journal.database(), clock);
            if (demoDevices.isPresent()) {
                demoDevices.get().seed(residents);
            }
            // One clock for the whole kiosk (the system clock in production): requests are signed with it, and the
            // server refuses clocks more than 5 minutes off its own.
            Synchronizer synchronizer = new Synchronizer(journal, clock, config.sync().serverPin());
            Optional<URI> demoUrl = Optional.empty();
            if (demo.isPresent()) {
                DemoServer demoServer = demo.get().joins().orElse(null);
                if (demoServer == null) {
                    demoServer = DemoServer.start(dataFolder.root(), clock);
                    parts = parts.with(demoServer);
                }
                demoServer.enrol(journal, synchronizer, config.mode(), clock);
                if (demo.get().joins().isEmpty()) {
                    demoDevices.get().seedJournal(journal.journal(), clock);
                    DemoServer issuing = demoServer;
                    String kioskId = journal.journal().identity().kioskId();
                    demoDevices.get().camera().ifPresent(camera -> camera.issueCodesWith(
                            () -> issuing.issueCodeForWang(kioskId)));
                }
                demoUrl = Optional.of(demoServer.url());
            }
            Optional<ServerAddresses> server = syncServer(config.sync(), synchronizer, demoUrl);
            Optional<SyncService> started = startSync(config.sync(), synchronizer, server);
            // A counter or hospital desk asks the server questions of its own (docs/protocol.md §11, §12), with the
            // same key and pin.
            Optional<CounterClient> counterClient = config.mode().staffStation()
                    ? server.map(servers -> new CounterClient(new SyncClient(servers, journal.journal()::identity, clock,
                            config.sync().serverPin())))
                    : Optional.empty();
            parts = parts.with(started, counterClient);
            // Readers last: their first events (the readers found) go to whoever listens once this returns.
            ReaderBackend backend = demoDevices.<ReaderBackend>map(DemoDevices::backend)
                    .orElseGet(PcscReaderBackend::create);
            Optional<String> hint = config.readerHint().isEmpty() ? Optional.empty() : Optional.of(config.readerHint());
            SignInService signIn = SignInService.start(backend, hint, cardSecret, residents);
            parts = parts.with(signIn);
            Optional<SyncService> sync = parts.sync();
            Runnable nudge = () -> sync.ifPresent(SyncService::nudge);
            Community community = Community.open(journal, clock, clock.getZone(), config.cancelCutoff(), nudge);
            // The kiosk's configuration names no community yet: the server's default one (serve --community).
            CodeSignIn codeSignIn = new CodeSignIn(journal.database(), residents, synchronizer::binding,
                    CodeSignIn.DEFAULT_COMMUNITY, clock, Optional.empty());
            SnapshotStore snapshots = new SnapshotStore(journal.database());
            StationCamera camera = openCamera(config, dataFolder, demoDevices);
            parts = parts.with(camera);
            CameraSignInService cameraSignIn = new CameraSignInService(camera, new FaceGallerySource(
                    new FaceTemplateStore(journal.database()), new KioskFaceKey(journal.journal()::identity)),
                    residents, codeSignIn, snapshots, clock, FaceCoach.PATIENCE, CameraSignInService.GIVE_UP_AFTER);
            ServerClock serverClock = new ServerClock();
            HealthMonitor health = KioskHealth.monitor(clock, HealthMonitor.DEFAULT_INTERVAL, signIn, cameraSignIn,
                    sync, dataFolder.root(), journal.database(), serverClock);
            parts = parts.with(health);
            health.start();
            if (server.isPresent()) {
                // Its own client: a heartbeat waiting on a slow server must not hold up a sync round, nor the reverse.
                HeartbeatSender heartbeat = new HeartbeatSender(new SyncClient(server.get(),
                        journal.journal()::identity, clock, config.sync().serverPin()), health,
                        () -> sync.map(s -> s.status().pending()).orElse(0L), serverClock, clock, appVersion());
                parts = parts.with(heartbeat);
                heartbeat.start(config.serving().heartbeatInterval());
            }
            // The health history goes into the diagnostics bundle as a technician reads it (ADR 0020).
            Maintenance maintenance = new Maintenance(dataFolder.diagnostics(), demo.isPresent()
                    ? RemovableMedia.under(demoUsbSticks(dataFolder)) : RemovableMedia.system(),
                    () -> health.history().stream().map(KioskRuntime::historyLine).toList(), clock,
                    () -> journal.journal().identity().kioskId());
            StationPrinter printer = printer(config, demoDevices);
            if (printer.present()) {
                health.register(new PrinterCheck(printer));
            }
            return new KioskRuntime(parts, new KioskContext(config, clock, signIn, community, demoDevices, sync,
                    snapshots, codeSignIn, cameraSignIn, health, maintenance, printer),
                    Desk.open(journal, residents, community, clock, nudge, exportsOf(journal)),
                    new HospitalOrders(journal.database(), new CounterRecorder(journal.journal(), nudge), clock,
                            exportsOf(journal)));
        } catch (StorageException | JournalException e) {
            closeAfterFailedStart(parts);
            throw new StartupException(EXIT_JOURNAL, e.getMessage(), e);
        } catch (StartupException e) {
            closeAfterFailedStart(parts);
            throw e;
        }
    }

    /**
     * The configured receipt printer; a demo kiosk without one prints to its simulated printer, whose receipts the
     * demo shows on screen. A counter or hospital desk prints no receipts.
     */
    private static StationPrinter printer(KioskConfig config, Optional<DemoDevices> demoDevices)
            throws StartupException {
        if (config.mode().staffStation()) {
            return StationPrinter.none();
        }
        if (demoDevices.isPresent() && config.printer().address().isEmpty()) {
            try {
                // The small 58 mm kind: its paper fits beside the demo's screen.
                return StationPrinter.of(new PrinterSetting(Optional.of(demoDevices.get().printer().address()),
                        PaperWidth.MM58), config.centreName());
            } catch (IOException e) {
                throw new StartupException(EXIT_DEMO_SERVER, "the demo's simulated printer cannot listen on "
                        + "loopback (" + e.getMessage() + ")", e);
            }
        }
        return StationPrinter.of(config.printer(), config.centreName());
    }

    /**
     * The configured camera, or in demo mode the demo tray's picture camera (a kiosk's and a counter's), with the
     * engine of the pack in the data folder's {@value StationCamera#FACE_MODELS_FOLDER}; the demo falls back to the
     * development pack the build fetched ({@link DemoDevices#DEVELOPMENT_FACE_PACK}).
     */
    private static StationCamera openCamera(KioskConfig config, DataFolder dataFolder,
            Optional<DemoDevices> demoDevices) {
        Path pack = dataFolder.root().resolve(StationCamera.FACE_MODELS_FOLDER);
        if (demoDevices.isEmpty()) {
            return StationCamera.open(config.cameraSource(), pack);
        }
        Optional<DemoCamera> pictures = demoDevices.get().camera();
        if (pictures.isEmpty()) {
            return StationCamera.none();
        }
        return StationCamera.simulated(pictures.get().camera(), Files.isDirectory(pack) ? pack
                : DemoDevices.DEVELOPMENT_FACE_PACK);
    }

    /**
     * The demo kiosk's consenting resident: Li Jianguo's face enrolled unless this kiosk holds it already
     * ({@link DemoFaces}). Blocking (it loads the face engine): call from a worker thread after start. Does nothing
     * for a station that is no demo kiosk or has no face engine.
     *
     * @return whether an enrolment was recorded (it reaches the kiosk's gallery with the next sync)
     */
    public boolean enrolDemoFaces() {
        if (parts.demoServer().isEmpty() || parts.camera().engine().isEmpty()) {
            return false;
        }
        return DemoFaces.enrolLi(parts.camera().engine().get(), desk.faces(),
                new FaceTemplateStore(parts.journal().database()), parts.journal().journal(),
                parts.demoServer().get(), () -> parts.sync().ifPresent(SyncService::nudge));
    }

    /** This build's version, from the jar's manifest ({@code dev} when run from the build's classes). */
    static String appVersion() {
        String version = AppVersion.current();
        return Heartbeat.VERSION.matcher(version).matches() ? version : "development";
    }

    /** "2026-12-03T06:00:00Z card-readers ok -> degraded health.reason.noReader []": for the diagnostics bundle. */
    private static String historyLine(HealthChange change) {
        return change.at() + " " + change.now().kind() + " " + change.before().map(Enum::name).orElse("(first)")
                + " -> " + change.now().state() + " " + change.now().reasonKey() + " " + change.now().arguments();
    }

    /** The heartbeat to the server, while enrolled with one (ADR 0022). */
    public Optional<HeartbeatSender> heartbeat() {
        return parts.heartbeat();
    }

    public KioskContext context() {
        return context;
    }

    /** What the counter window is started with: this station's services and the counter's own. */
    public CounterContext counterContext() {
        return new CounterContext(context, desk, parts.counterClient(), exportsOf(parts.journal()), parts.camera());
    }

    /** What the hospital desk's window is started with: this station's services and the desk's orders. */
    public HospitalContext hospitalContext() {
        return new HospitalContext(context, hospitalOrders, parts.counterClient());
    }

    private static Path exportsOf(OpenJournal journal) {
        return journal.database().file().toAbsolutePath().resolveSibling(EXPORTS_FOLDER);
    }

    public OpenJournal journal() {
        return parts.journal();
    }

    @Override
    public void close() throws StorageException {
        context.demoDevices().ifPresent(DemoDevices::closePrinter);
        parts.close();
    }

    /**
     * The server this station syncs with, if it is enrolled: the demo's embedded server, else the configured address,
     * else the one it enrolled with.
     */
    private static Optional<ServerAddresses> syncServer(SyncConfig config, Synchronizer synchronizer,
            Optional<URI> demoUrl) throws StorageException {
        Optional<ServerBinding> binding = synchronizer.binding();
        return binding.map(enrolled -> demoUrl.map(ServerAddresses::of).or(config::servers)
                .orElse(ServerAddresses.of(enrolled.url())));
    }

    /** Background sync with {@code server}, if enrolled. Owns {@code synchronizer} from here on. */
    private static Optional<SyncService> startSync(SyncConfig config, Synchronizer synchronizer,
            Optional<ServerAddresses> enrolledWith) throws StorageException {
        if (enrolledWith.isEmpty()) {
            LOG.info("Not enrolled with a sync server: transactions wait in the outbox until `huzhu-kiosk enrol`");
            synchronizer.close();
            return Optional.empty();
        }
        ServerAddresses servers = enrolledWith.get();
        LOG.info("Syncing with {} every {} s", servers, config.interval().toSeconds());
        return Optional.of(SyncService.start(synchronizer, new SyncService.Settings(servers, config.batchSize(),
                config.interval(), Backoff.DEFAULT), RandomGenerator.getDefault()));
    }

    private static OpenJournal openJournal(Path file, char[] passphrase, KioskConfig config, Clock clock,
            CompletionStage<?> keyAfter) throws StartupException {
        try {
            return OpenJournal.openWhileKeyLoads(file, passphrase, config.signatureSuite(), clock, keyAfter);
        } catch (StorageException e) {
            throw new StartupException(EXIT_JOURNAL, e.getMessage(), e);
        }
    }

    private static byte[] cardSecret(Map<String, String> env) throws StartupException {
        String value = env.getOrDefault(CARD_SECRET_ENV, "");
        try {
            byte[] secret = Base64.getDecoder().decode(value.strip());
            if (secret.length >= IdNumberHasher.MIN_SECRET_BYTES) {
                return secret;
            }
        } catch (IllegalArgumentException e) {
            // reported below, without echoing the value: it is a secret
        }
        throw new StartupException(EXIT_CONFIG, "cards cannot be matched to residents without the deployment's card "
                + "secret. Set the environment variable " + CARD_SECRET_ENV + " to at least "
                + IdNumberHasher.MIN_SECRET_BYTES + " random bytes in base64 (e.g. `openssl rand -base64 32`), the "
                + "same on every kiosk of this deployment.", null);
    }

    /**
     * The demo's pretend USB stick, {@code <data>/usb/demo/HUZHU-USB}, where the maintenance screen saves its
     * diagnostics bundle (README "The demo").
     */
    private static Path demoUsbSticks(DataFolder dataFolder) throws StorageException {
        Path media = dataFolder.root().resolve("usb");
        try {
            Files.createDirectories(media.resolve("demo").resolve("HUZHU-USB"));
        } catch (IOException e) {
            throw new StorageException(media, "cannot make the demo's pretend USB stick (" + e.getMessage() + ")", e);
        }
        return media;
    }

    private static void closeAfterFailedStart(Parts parts) {
        try {
            parts.close();
        } catch (StorageException e) {
            LOG.warn("Closing after a failed start: {}", e.getMessage());
        }
    }
}
