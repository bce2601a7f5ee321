package org.huzhu.kiosk.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.kiosk.sync.Synchronizer;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.policy.OfflinePolicy;
import org.huzhu.server.app.HuzhuServer;
import org.huzhu.server.app.ServerSettings;
import org.huzhu.server.identity.KeyStoreException;
import org.huzhu.server.kiosk.Kiosks;
import org.huzhu.server.ledger.LedgerLimits;
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
    /** Demo data is not secret; a fixed passphrase keeps the demo free of set-up. */
    private static final char[] PASSPHRASE = "huzhu-demo-server-passphrase".toCharArray();

    private final HuzhuServer server;
    private final Path folder;

    private DemoServer(HuzhuServer server, Path folder) {
        this.server = server;
        this.folder = folder;
    }

    /** @param clock the kiosk's clock, so the demo's "today" (its slots, its volunteer tasks) is the kiosk's */
    static DemoServer start(Path folder, Clock clock) throws StartupException {
        ServerSettings settings = new ServerSettings("127.0.0.1", 0,
                new StoreTarget.Sqlite(folder.resolve(DATABASE_FILE)), folder.resolve("demo-server-key.p12"),
                PASSPHRASE.clone(), SignatureSuites.ED25519_SHA256, LedgerLimits.DEFAULT, OfflinePolicy.DEFAULT, true,
                ServerSettings.DEFAULT_MAX_BODY_BYTES);
        try {
            return new DemoServer(HuzhuServer.start(settings, clock), folder);
        } catch (StorageException | KeyStoreException e) {
            throw failed("cannot start", e);
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /**
     * Enrols the demo kiosk with this server unless it already is, through the protocol like any kiosk. A kiosk whose
     * journal already went to a server that is gone (its file deleted) cannot start over here: its sequence numbers
     * would not continue the new server's chain.
     */
    void enrol(OpenJournal journal, Synchronizer synchronizer) throws StartupException {
        String kioskId = journal.journal().identity().kioskId();
        try {
            if (server.database().inTransaction(connection -> Kiosks.find(connection, kioskId)).isPresent()) {
                return;
            }
            if (journal.journal().headSequence() > 0) {
                throw new StartupException(KioskRuntime.EXIT_DEMO_SERVER, "the demo server in " + folder
                        + " does not know this demo kiosk, whose journal already has transactions. Delete the folder "
                        + folder + " to start the demo afresh.", null);
            }
            synchronizer.enrol(url(), server.issueEnrolmentCode());
        } catch (StorageException | SyncException | org.huzhu.kiosk.storage.StorageException e) {
            throw failed("cannot enrol the demo kiosk", e);
        }
    }

    /** Stops serving; a database that does not close cleanly is only logged (it is demo data). */
    @Override
    public void close() {
        try {
            server.close();
        } catch (StorageException e) {
            LoggerFactory.getLogger(DemoServer.class).warn("The demo server did not close cleanly: {}", e.getMessage());
        }
    }

    private static StartupException failed(String what, Exception cause) {
        return new StartupException(KioskRuntime.EXIT_DEMO_SERVER, "the demo's embedded sync server " + what + " ("
                + cause.getMessage() + ")", cause);
    }
}
