package org.huzhu.server.app;

import io.javalin.Javalin;
import java.time.Clock;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.server.auth.RequestAuthenticator;
import org.huzhu.server.catalogue.DemoCatalogue;
import org.huzhu.server.catalogue.SnapshotService;
import org.huzhu.server.http.HttpApi;
import org.huzhu.server.identity.KeyStoreException;
import org.huzhu.server.identity.ServerIdentity;
import org.huzhu.server.identity.ServerKeyStore;
import org.huzhu.server.ingest.BatchIngest;
import org.huzhu.server.ingest.BusinessRules;
import org.huzhu.server.kiosk.Enrolment;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running reference server: database, receipt key and HTTP service wired together. Start with {@link #start},
 * stop with {@link #close}. Used by {@code serve}, and by tests (and later the kiosk's demo mode) in-process.
 */
public final class HuzhuServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HuzhuServer.class);

    private final Database database;
    private final ServerIdentity identity;
    private final Javalin http;

    private HuzhuServer(Database database, ServerIdentity identity, Javalin http) {
        this.database = database;
        this.identity = identity;
        this.http = http;
    }

    public static HuzhuServer start(ServerSettings settings, Clock clock) throws StorageException,
            KeyStoreException {
        ServerIdentity identity = ServerKeyStore.loadOrCreate(settings.keyFile(), settings.keyPassphrase(),
                settings.keySuite());
        Database database = Database.open(settings.store());
        try {
            if (settings.demoCatalogue()
                    && database.inTransaction(connection -> DemoCatalogue.seedIfEmpty(connection, clock.instant()))) {
                LOG.info("Seeded the demo catalogue");
            }
            BusinessRules rules = new BusinessRules(settings.limits(), settings.offlinePolicy(), clock);
            Snapshot.Limits limits = new Snapshot.Limits(settings.limits().overdraftMinutes(),
                    settings.limits().softLimitMinutes(), settings.offlinePolicy().offlineLimitMinutes(),
                    settings.offlinePolicy().maxOfflineAge().toMinutes());
            Javalin http = HttpApi.create(new RequestAuthenticator(database, clock), new Enrolment(database, clock),
                    new BatchIngest(database, rules, identity, clock), new SnapshotService(database, limits, clock),
                    identity, settings.maxBodyBytes());
            http.start(settings.host(), settings.port());
            LOG.info("Serving on {}:{} with {} (receipt key {} {})", settings.host(), http.port(),
                    settings.store().describe(), identity.keyId(), identity.suite().id());
            return new HuzhuServer(database, identity, http);
        } catch (StorageException | RuntimeException e) {
            // Do not leave the database open behind a server that never started (e.g. the port is taken).
            database.close();
            throw e;
        }
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return http.port();
    }

    public ServerIdentity identity() {
        return identity;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() throws StorageException {
        http.stop();
        database.close();
    }
}
