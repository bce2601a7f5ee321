package org.huzhu.server.app;

import io.javalin.Javalin;
import java.time.Clock;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.server.aid.AidDelivery;
import org.huzhu.server.aid.AidDocumentService;
import org.huzhu.server.aid.AidOrderService;
import org.huzhu.server.aid.ExpirySweep;
import org.huzhu.server.auth.RequestAuthenticator;
import org.huzhu.server.catalogue.DemoCatalogue;
import org.huzhu.server.catalogue.DemoNotices;
import org.huzhu.server.catalogue.SnapshotService;
import org.huzhu.server.auth.StaffQueryAuthenticator;
import org.huzhu.server.counter.CounterBackfill;
import org.huzhu.server.counter.CounterQueries;
import org.huzhu.server.counter.ResidentCodeDesk;
import org.huzhu.server.http.CounterEndpoints;
import org.huzhu.server.http.HospitalEndpoints;
import org.huzhu.server.http.HttpApi;
import org.huzhu.server.http.HttpLimits;
import org.huzhu.server.http.InstitutionEndpoints;
import org.huzhu.server.http.LogEndpoints;
import org.huzhu.server.identity.KeyStoreException;
import org.huzhu.server.identity.ServerIdentity;
import org.huzhu.server.identity.ServerKeyStore;
import org.huzhu.server.face.FaceKeys;
import org.huzhu.server.face.FaceTemplateService;
import org.huzhu.server.http.FaceEndpoints;
import org.huzhu.server.http.HeartbeatEndpoint;
import org.huzhu.server.ingest.BatchIngest;
import org.huzhu.server.ingest.BusinessRules;
import org.huzhu.server.ingest.EnvelopeChecker;
import org.huzhu.server.institution.Inbox;
import org.huzhu.server.institution.InstitutionAuthenticator;
import org.huzhu.server.kiosk.Enrolment;
import org.huzhu.server.log.LogBackfill;
import org.huzhu.server.log.TransparencyLog;
import org.huzhu.server.staff.StaffKeyCache;
import org.huzhu.server.kiosk.EnrolmentCodes;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running reference server: database, receipt key and HTTP service wired together. Start with {@link #start},
 * stop with {@link #close}. Used by {@code serve}, and in-process by tests and by a program that embeds it (the
 * kiosk's demo mode), which enrols itself with {@link #issueEnrolmentCode}. Thread-safe.
 */
public final class HuzhuServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HuzhuServer.class);

    private final Database database;
    private final ServerIdentity identity;
    private final Enrolment enrolment;
    private final EnvelopeChecker checker;
    private final Inbox inbox;
    private final Javalin http;
    private final ExpirySweep aidExpiry;

    private HuzhuServer(Database database, ServerIdentity identity, Enrolment enrolment, EnvelopeChecker checker,
            Inbox inbox, Javalin http, ExpirySweep aidExpiry) {
        this.database = database;
        this.identity = identity;
        this.enrolment = enrolment;
        this.checker = checker;
        this.inbox = inbox;
        this.http = http;
        this.aidExpiry = aidExpiry;
    }

    public static HuzhuServer start(ServerSettings settings, Clock clock) throws StorageException,
            KeyStoreException {
        ServerIdentity identity = ServerKeyStore.loadOrCreate(settings.keyFile(), settings.keyPassphrase(),
                settings.keySuite());
        Database database = Database.open(settings.store());
        StaffKeyCache staffKeys = new StaffKeyCache();
        EnvelopeChecker checker = new EnvelopeChecker(staffKeys);
        try {
            if (settings.demoCatalogue()) {
                int added = database.inTransaction(connection -> DemoCatalogue.topUp(connection, clock.instant(),
                        clock.getZone()));
                LOG.info("Demo catalogue: {} services, slots and tasks added", added);
                database.inTransaction(connection -> DemoNotices.topUp(connection, clock.instant(), // issue 12 part 7
                        java.time.LocalDate.ofInstant(clock.instant(), clock.getZone())));
            }
            long logged = database.inTransaction(connection -> LogBackfill.run(connection, settings.community()));
            if (logged > 0) {
                LOG.info("Transparency log: {} transactions accepted before it existed were logged", logged);
            }
            long replayed = database.inTransaction(CounterBackfill::run);
            if (replayed > 0) {
                LOG.info("Counter queries: {} transactions received before they existed were indexed", replayed);
            }
            Inbox inbox = new Inbox(database, identity, clock);
            FaceTemplateService faces = new FaceTemplateService(new FaceKeys(identity));
            BusinessRules rules = new BusinessRules(settings.limits(), settings.offlinePolicy(), clock,
                    settings.community(), staffKeys, inbox, faces, settings.secondFactor());
            Snapshot.Limits limits = new Snapshot.Limits(settings.limits().overdraftMinutes(),
                    settings.limits().softLimitMinutes(), settings.offlinePolicy().offlineLimitMinutes(),
                    settings.offlinePolicy().maxOfflineAge().toMinutes(),
                    settings.secondFactor().weakTransferLimitMinutes());
            Enrolment enrolment = new Enrolment(database, clock);
            RequestAuthenticator kiosks = new RequestAuthenticator(database, clock);
            AidDocumentService documents = new AidDocumentService(database, clock);
            StaffQueryAuthenticator staff = new StaffQueryAuthenticator(kiosks, database, staffKeys,
                    settings.community(), clock);
            CounterEndpoints counter = new CounterEndpoints(staff, new CounterQueries(database, clock.getZone()),
                    documents, new ResidentCodeDesk(database, identity, settings.community(), clock));
            InstitutionEndpoints institutions = new InstitutionEndpoints(new InstitutionAuthenticator(kiosks,
                    database), inbox, new AidOrderService(database, new AidDelivery(inbox), clock), documents,
                    settings.maxBodyBytes());
            Javalin http = HttpApi.create(kiosks, enrolment, new BatchIngest(database, rules, identity, checker, clock),
                    new SnapshotService(database, limits, clock), identity, database, counter, institutions,
                    new HospitalEndpoints(staff, database, clock),
                    new FaceEndpoints(kiosks, faces, database, settings.maxBodyBytes()),
                    new HeartbeatEndpoint(kiosks, database, clock, settings.maxBodyBytes()),
                    new LogEndpoints(new TransparencyLog(database, identity, settings.community(), clock), kiosks),
                    HttpLimits.withDefaultTimeout(settings.maxBodyBytes()));
            http.start(settings.host(), settings.port());
            LOG.info("Serving on {}:{} with {} (receipt key {} {})", settings.host(), http.port(),
                    settings.store().describe(), identity.keyId(), identity.suite().id());
            return new HuzhuServer(database, identity, enrolment, checker, inbox, http,
                    new ExpirySweep(database, clock));
        } catch (StorageException | RuntimeException e) {
            // Do not leave the database open behind a server that never started (e.g. the port is taken).
            checker.close();
            database.close();
            throw e;
        }
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return http.port();
    }

    /**
     * A new one-time enrolment code for this server's database, as {@code huzhu-server enrol-code} prints it
     * ({@code 7KQM-2XHD-R9TW}): valid for {@link EnrolmentCodes#DEFAULT_VALIDITY} from now by the server's clock,
     * good for one kiosk (docs/protocol.md, "Enrolment"). Only its hash is stored, so the caller must pass it on: an
     * embedding program gives it straight to its kiosk's enrolment. Blocks on the database.
     *
     * @throws StorageException the database cannot store the code (nothing was issued)
     */
    public String issueEnrolmentCode() throws StorageException {
        return enrolment.issueCode(EnrolmentCodes.DEFAULT_VALIDITY);
    }

    /**
     * As {@link #issueEnrolmentCode()}, for a desk of the registered hospital {@code hospitalId} (the embedding
     * program has checked it is one), as {@code enrol-code --hospital} prints it.
     */
    public String issueEnrolmentCode(String hospitalId) throws StorageException {
        return enrolment.issueCode(EnrolmentCodes.DEFAULT_VALIDITY, java.util.Optional.of(hospitalId));
    }

    public ServerIdentity identity() {
        return identity;
    }

    public Database database() {
        return database;
    }

    /** The institutions' inbox: what the aid code delivers sealed messages through. */
    public Inbox inbox() {
        return inbox;
    }

    @Override
    public void close() throws StorageException {
        aidExpiry.close();
        http.stop();
        checker.close();
        database.close();
    }
}
