package org.huzhu.kiosk.app;

import java.net.URI;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.config.StationMode;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.kiosk.sync.Synchronizer;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.counter.ResidentCodeRequest;
import org.huzhu.protocol.face.FaceKey;
import org.huzhu.server.face.FaceKeys;
import org.huzhu.protocol.residentcode.ResidentCodePurpose;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.counter.ResidentCodeDesk;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.crypto.StaffKeys;
import org.huzhu.protocol.policy.OfflinePolicy;
import org.huzhu.server.aid.DemoAid;
import org.huzhu.server.app.HuzhuServer;
import org.huzhu.server.app.ServerSettings;
import org.huzhu.server.identity.KeyStoreException;
import org.huzhu.server.kiosk.Kiosks;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.staff.StaffRegistry;
import org.huzhu.server.staff.StaffRegistryException;
import org.huzhu.server.store.StorageException;
import org.huzhu.server.store.StoreTarget;
import org.slf4j.LoggerFactory;

/**
 * The demo's own sync server, in this process (ADR 0008): the reference server on 127.0.0.1 with a port of its
 * choosing, its SQLite file and receipt key beside the kiosk's in the demo data folder. A newcomer sees transactions
 * go from pending to accepted without running anything else. The only kiosk class that uses the server module.
 */
final class DemoServer implements AutoCloseable {

    static final String DATABASE_FILE = "demo-server.db";
    /** The demo social worker's id on the demo server (derived from her card's key, as every staff id is). */
    static final String DEMO_STAFF_ID = StaffRegistry.staffIdOf(DemoCards.staffKeyFingerprint());
    /** Demo data is not secret; a fixed passphrase keeps the demo free of set-up. */
    private static final char[] PASSPHRASE = "huzhu-demo-server-passphrase".toCharArray();

    private final HuzhuServer server;
    private final Path folder;
    private final Clock clock;

    private DemoServer(HuzhuServer server, Path folder, Clock clock) {
        this.server = server;
        this.folder = folder;
        this.clock = clock;
    }

    /**
     * Starts the server and registers the demo social worker (her simulated PIV card, {@link DemoCards#staff()})
     * unless it knows her already, as an operator's {@code staff add} would, and gives 王秀英 the demo's aid order
     * ({@link DemoAid}) unless it has it already.
     *
     * @param clock the kiosk's clock, so the demo's "today" (its slots, its volunteer tasks) is the kiosk's
     */
    static DemoServer start(Path folder, Clock clock) throws StartupException {
        ServerSettings settings = new ServerSettings("127.0.0.1", 0,
                new StoreTarget.Sqlite(folder.resolve(DATABASE_FILE)), folder.resolve("demo-server-key.p12"),
                PASSPHRASE.clone(), SignatureSuites.ED25519_SHA256, LedgerLimits.DEFAULT, OfflinePolicy.DEFAULT, true,
                ServerSettings.DEFAULT_MAX_BODY_BYTES);
        HuzhuServer server;
        try {
            server = HuzhuServer.start(settings, clock);
        } catch (StorageException | KeyStoreException e) {
            throw failed("cannot start", e);
        }
        try {
            registerDemoStaff(server, clock);
        } catch (StorageException e) {
            closeQuietly(server);
            throw failed("cannot register the demo staff member", e);
        }
        try {
            // issue 13 part 6: 王秀英's aid order, partly paid, for her "My aid" screen
            server.database().inTransaction(connection -> DemoAid.topUp(connection,
                    DemoDevices.residentId(DemoCards.WANG_XIUYING), clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        } catch (StorageException e) {
            closeQuietly(server);
            throw failed("cannot add the demo aid order", e);
        }
        return new DemoServer(server, folder, clock);
    }

    private static void registerDemoStaff(HuzhuServer server, Clock clock) throws StorageException {
        PublicKey key;
        try {
            key = StaffKeys.decode(DemoCards.staffSubjectPublicKeyInfo());
        } catch (InvalidKeySpecException e) {
            throw new IllegalStateException("the demo staff card's key is P-256 by construction", e);
        }
        server.database().inTransaction(connection -> {
            if (StaffRegistry.byKey(connection, DemoCards.staffKeyFingerprint()).isPresent()) {
                return null;
            }
            try {
                return StaffRegistry.add(connection, DemoCards.STAFF_NAME, Set.of(StaffRole.SOCIAL_WORKER),
                        ServerSettings.DEFAULT_COMMUNITY, key, DemoCards.staffCertificate(),
                        clock.instant().truncatedTo(ChronoUnit.MILLIS), "demo");
            } catch (StaffRegistryException e) {
                throw new IllegalStateException("checked just above, in the same transaction", e);
            }
        });
    }

    private static void closeQuietly(HuzhuServer server) {
        try {
            server.close();
        } catch (StorageException e) {
            LoggerFactory.getLogger(DemoServer.class).warn("The demo server did not close cleanly: {}", e.getMessage());
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /**
     * Enrols the demo kiosk with this server unless it already is, through the protocol like any kiosk. A kiosk whose
     * journal already went to a server that is gone (its file deleted) cannot start over here: its sequence numbers
     * would not continue the new server's chain. A demo hospital desk ({@code mode} hospital) is enrolled for the demo
     * hospital, which is seeded first with its receptionist and 王秀英's aid there ({@link DemoHospital}).
     */
    void enrol(OpenJournal journal, Synchronizer synchronizer, StationMode mode, Clock clock)
            throws StartupException {
        String kioskId = journal.journal().identity().kioskId();
        try {
            // The demo hospital desk's hospital, receptionist and patient's aid, seeded once (issue 13).
            Optional<String> hospital = mode == StationMode.HOSPITAL ? Optional.of(DemoHospital.seed(
                    server.database(), DemoHospital.PATIENT, clock)) : Optional.empty();
            if (server.database().inTransaction(connection -> Kiosks.find(connection, kioskId)).isPresent()) {
                return;
            }
            if (journal.journal().headSequence() > 0) {
                throw new StartupException(KioskRuntime.EXIT_DEMO_SERVER, "the demo server in " + folder
                        + " does not know this demo kiosk, whose journal already has transactions. Delete the folder "
                        + folder + " to start the demo afresh.", null);
            }
            synchronizer.enrol(url(), hospital.isPresent() ? server.issueEnrolmentCode(hospital.get())
                    : server.issueEnrolmentCode());
        } catch (StorageException | SyncException | org.huzhu.kiosk.storage.StorageException e) {
            throw failed("cannot enrol the demo kiosk", e);
        }
    }

    /**
     * A resident code for 王秀英, as the demo social worker would issue it at the counter for her family's phone
     * (docs/protocol.md §13.2); empty (logged) until the server knows her, i.e. before the kiosk's first sync.
     */
    Optional<String> issueCodeForWang(String kioskId) {
        ResidentCodeDesk desk = new ResidentCodeDesk(server.database(), server.identity(),
                ServerSettings.DEFAULT_COMMUNITY, clock);
        try {
            return Optional.of(desk.issue(DEMO_STAFF_ID, kioskId, new ResidentCodeRequest(
                    DemoDevices.residentId(DemoCards.WANG_XIUYING).toString(),
                    ResidentCodePurpose.FAMILY_PHONE.wireName())).code());
        } catch (ApiException | StorageException e) {
            LoggerFactory.getLogger(DemoServer.class).warn("No demo resident code for 王秀英 yet: {}",
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** The server's template key, as {@code GET /v1/face/server-key} publishes it. */
    FaceKey faceKey() {
        return new FaceKeys(server.identity()).published();
    }

    /** Stops serving; a database that does not close cleanly is only logged (it is demo data). */
    @Override
    public void close() {
        closeQuietly(server);
    }

    private static StartupException failed(String what, Exception cause) {
        return new StartupException(KioskRuntime.EXIT_DEMO_SERVER, "the demo's embedded sync server " + what + " ("
                + cause.getMessage() + ")", cause);
    }
}
