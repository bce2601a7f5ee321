package org.huzhu.server.testsupport;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.huzhu.protocol.policy.SecondFactorPolicy;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.policy.OfflinePolicy;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.app.ServerSettings;
import org.huzhu.server.catalogue.DemoCatalogue;
import org.huzhu.server.catalogue.SnapshotService;
import org.huzhu.server.face.FaceKeys;
import org.huzhu.server.face.FaceTemplateService;
import org.huzhu.server.identity.ServerIdentity;
import org.huzhu.server.ingest.BatchIngest;
import org.huzhu.server.ingest.BusinessRules;
import org.huzhu.server.ingest.EnvelopeChecker;
import org.huzhu.server.institution.Inbox;
import org.huzhu.server.kiosk.Enrolment;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.ledger.Ledger;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.staff.StaffKeyCache;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;
import org.huzhu.server.store.StoreTarget;

/** The server's parts on a real store, without HTTP, for ingest, ledger and snapshot tests. */
public final class ServerParts implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-11-23T01:00:00Z");

    public final MutableClock clock = new MutableClock(START);
    public final Database database;
    public final ServerIdentity identity;
    public final Enrolment enrolment;
    public final BatchIngest ingest;
    private final StaffKeyCache staffKeys = new StaffKeyCache();
    private final EnvelopeChecker checker = new EnvelopeChecker(staffKeys);
    public final SnapshotService snapshots;
    /** The institutions' inbox, sealing with {@link #identity} at {@link #clock}'s time. */
    public final Inbox inbox;
    public final FaceTemplateService faces;
    /** A social worker of this server's community, registered from the start; every test kiosk uses their card. */
    public final TestStaff socialWorker = new TestStaff();

    public ServerParts(StoreTarget store, LedgerLimits limits) throws StorageException {
        database = Database.open(store);
        database.inTransaction(connection -> DemoCatalogue.topUp(connection, START,
                ZoneId.of("Asia/Shanghai")));
        KeyPair keys = SignatureSuites.ED25519_SHA256.generateKeyPair();
        identity = new ServerIdentity(SignatureSuites.ED25519_SHA256, keys.getPrivate(), keys.getPublic());
        enrolment = new Enrolment(database, clock);
        inbox = new Inbox(database, identity, clock);
        faces = new FaceTemplateService(new FaceKeys(identity));
        ingest = new BatchIngest(database, new BusinessRules(limits, OfflinePolicy.DEFAULT, clock,
                ServerSettings.DEFAULT_COMMUNITY, staffKeys, inbox, faces, SecondFactorPolicy.DEFAULT), identity, checker,
                clock);
        snapshots = new SnapshotService(database, new Snapshot.Limits(limits.overdraftMinutes(),
                limits.softLimitMinutes(), 120, Duration.ofHours(72).toMinutes()), clock);
        socialWorker.register(database, "社工 测试", Set.of(StaffRole.SOCIAL_WORKER), ServerSettings.DEFAULT_COMMUNITY,
                START.minus(Duration.ofDays(1)));
    }

    /** Enrols {@code kiosk} with a fresh code, as the HTTP endpoint would; its staff actions use the social worker. */
    public KioskRecord enrol(TestKiosk kiosk) throws Exception {
        kiosk.useStaffCard(socialWorker);
        String code = enrolment.issueCode(Duration.ofHours(24));
        return enrolment.enrol(code, kiosk.suite(), kiosk.keys().getPublic());
    }

    /** Takes a snapshot for the kiosk at the kiosk's current time (as a kiosk that just synced would). */
    public Snapshot snapshotAtKioskTime(TestKiosk kiosk, long since) throws StorageException {
        clock.set(kiosk.now());
        return snapshots.serve(kiosk.kioskId(), since);
    }

    public BatchResponse send(KioskRecord kiosk, List<byte[]> envelopes) throws StorageException {
        return ingest.ingest(kiosk, envelopes);
    }

    /**
     * Enrols both residents (each with a card of its own) and links them as family, all signed in by staff, as a
     * social worker would at a counter.
     *
     * @throws IllegalStateException if the server did not accept all three
     */
    public void linkFamily(KioskRecord record, TestKiosk kiosk, UUID resident, UUID member) throws StorageException {
        BatchResponse response = send(record, List.of(kiosk.next(enrolment(resident), TestKiosk.STAFF),
                kiosk.next(enrolment(member), TestKiosk.STAFF),
                kiosk.next(new FamilyLinked(resident, member), TestKiosk.STAFF)));
        if (response.stopped() != null || !response.verdicts().stream().allMatch(Verdict::accepted)) {
            throw new IllegalStateException("linking family was not accepted: " + response);
        }
    }

    /** A staff enrolment of {@code resident} with a card hash derived from its id (so re-enrolling is a no-op). */
    public static ResidentEnrolled enrolment(UUID resident) {
        String hex = resident.toString().replace("-", "");
        return new ResidentEnrolled(resident, hex + hex, "1d".repeat(32), "居民 " + hex.substring(0, 4));
    }

    /** {@code resident} signed in with the card {@link #enrolment} binds. */
    public static Actor cardOf(UUID resident) {
        return new Actor(enrolment(resident).cardNumberHash(), SignInMethod.CARD);
    }

    /** Enrols {@code resident} (staff-authorised) so their card may act for them; refuses to go on if not accepted. */
    public void enrolResident(KioskRecord record, TestKiosk kiosk, UUID resident) throws StorageException {
        BatchResponse response = send(record, List.of(kiosk.next(enrolment(resident), TestKiosk.STAFF)));
        if (response.stopped() != null || !response.verdicts().getFirst().accepted()) {
            throw new IllegalStateException("enrolling " + resident + " was not accepted: " + response);
        }
    }

    /** The id of the demo catalogue's first volunteer task (today's, in China time). */
    public UUID firstVolunteerTask() throws StorageException {
        return database.inTransaction(connection -> {
            try (var query = connection.prepareStatement(
                    "SELECT task_id FROM volunteer_task ORDER BY starts_at, task_id");
                 var row = query.executeQuery()) {
                row.next();
                return UUID.fromString(row.getString(1));
            }
        });
    }

    public long balance(String account) throws StorageException {
        return database.inTransaction(connection -> Ledger.balance(connection, account));
    }

    public long ledgerSum() throws StorageException {
        return database.inTransaction(Ledger::sum);
    }

    @Override
    public void close() throws StorageException {
        checker.close();
        database.close();
    }
}
