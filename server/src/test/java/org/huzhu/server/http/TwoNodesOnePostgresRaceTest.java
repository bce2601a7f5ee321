package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.catalogue.Catalogue;
import org.huzhu.server.ingest.BusinessRules;
import org.huzhu.server.ledger.Ledger;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.ApiClient;
import org.huzhu.server.testsupport.PostgresCluster;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multi-node tests (issue 16): two server nodes on one PostgreSQL database, kiosks racing each other through
 * both, every race started at the same instant and repeated {@link #ROUNDS} times. Whichever node wins, the rules must
 * hold as on one node: no slot over its capacity, no balance below the hard limit, no task credited twice, every
 * transaction stored once, the chain of each kiosk in order, snapshots that miss no change, and every answer a 200
 * (no 5xx, no wrong 400). ADR 0023 says why they hold.
 */
@Tag("multi-node")
class TwoNodesOnePostgresRaceTest {

    private static final int ROUNDS = 100;
    private static final int ENROLMENT_ROUNDS = 30;

    @TempDir
    Path folder;

    private RunningServer first;
    private RunningServer second;
    private final ExecutorService racers = Executors.newFixedThreadPool(2);
    private final List<String> transactionIds = new ArrayList<>();
    private TestKiosk kioskOnFirst;
    private TestKiosk kioskOnSecond;

    @BeforeEach
    void twoNodesOnOneDatabase() throws Exception {
        StoreTarget.Postgres store = PostgresCluster.get().newDatabase();
        first = new RunningServer(store, folder);
        second = RunningServer.anotherNode(store, folder);
        kioskOnFirst = kiosk();
        kioskOnSecond = kiosk();
        first.enrol(kioskOnFirst);
        second.enrol(kioskOnSecond);
    }

    @AfterEach
    void stop() throws Exception {
        racers.shutdownNow();
        try (RunningServer a = first; RunningServer b = second) {
            // both closed, whichever fails
        }
    }

    @Test
    void twoKiosksOnTwoNodesBookTheLastPlaceOfASlotOnceOnly() throws Exception {
        LastPlaces races = new LastPlaces();
        for (int round = 0; round < ROUNDS; round++) {
            races.round(round);
        }
        assertThat(count("SELECT COUNT(*) FROM slot WHERE booked > capacity")).isZero();
        assertThat(count("SELECT COUNT(*) FROM slot s WHERE s.capacity < (SELECT COUNT(*) FROM booking b"
                + " WHERE b.slot_id = s.slot_id AND b.status = 'booked')")).isZero();
        everyTransactionStoredOnce();
    }

    /**
     * A kiosk paging through snapshots from both nodes in turn while the last places are raced for: each snapshot
     * lists only rows above its {@code since} and not above its own {@code version}, and paging on from each version
     * misses no change, so the slots as the kiosk learnt them are the slots as stored.
     */
    @Test
    void aKioskPagingSnapshotsFromBothNodesDuringTheRacesMissesNoChange() throws Exception {
        TestKiosk reader = kiosk();
        first.enrol(reader);
        LastPlaces races = new LastPlaces();
        AtomicBoolean racing = new AtomicBoolean(true);
        Map<String, Integer> booked = new HashMap<>();
        ExecutorService paging = Executors.newSingleThreadExecutor();
        Future<Integer> pages = paging.submit(() -> {
            long since = 0;
            int page = 0;
            while (racing.get()) {
                since = page(page++ % 2 == 0 ? first : second, reader, since, booked);
            }
            page(second, reader, since, booked); // after the last race: what was still to learn
            return page;
        });
        try {
            for (int round = 0; round < ROUNDS; round++) {
                races.round(round);
            }
        } finally {
            racing.set(false);
        }
        assertThat(pages.get(60, TimeUnit.SECONDS)).as("snapshots paged during the races").isGreaterThan(10);
        paging.shutdown();

        Map<String, Integer> stored = database().inTransaction(connection -> {
            Map<String, Integer> rows = new HashMap<>();
            try (var statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT slot_id, booked FROM slot")) {
                while (row.next()) {
                    rows.put(row.getString(1), row.getInt(2));
                }
            }
            return rows;
        });
        assertThat(booked).isEqualTo(stored);
    }

    /** One snapshot page from {@code node}, checked and learnt from; answers the version to page on from. */
    private static long page(RunningServer node, TestKiosk reader, long since, Map<String, Integer> booked)
            throws Exception {
        HttpResponse<String> answer = node.client.signed(reader, "GET", "/v1/snapshot?since=" + since, new byte[0]);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Snapshot snapshot = SyncJson.MAPPER.readValue(answer.body(), Snapshot.class);
        assertThat(snapshot.version()).isGreaterThanOrEqualTo(since);
        assertThat(snapshot.slots()).as("slots of the snapshot since %d, version %d", since, snapshot.version())
                .allSatisfy(slot -> assertThat(slot.version()).isGreaterThan(since)
                        .isLessThanOrEqualTo(snapshot.version()));
        assertThat(snapshot.balances()).allSatisfy(balance -> assertThat(balance.version()).isGreaterThan(since)
                .isLessThanOrEqualTo(snapshot.version()));
        snapshot.slots().forEach(slot -> booked.put(slot.slotId(), slot.booked()));
        return snapshot.version();
    }

    /** Rounds of two kiosks on two nodes booking the one place of a new slot at once; exactly one gets it. */
    private final class LastPlaces {

        private final UUID resident = UUID.randomUUID();
        private final UUID other = UUID.randomUUID();
        private final String service;
        private final Instant startsAt = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

        LastPlaces() throws Exception {
            accepted(first.client, kioskOnFirst, List.of(kioskOnFirst.next(ServerParts.enrolment(resident),
                    TestKiosk.STAFF), kioskOnFirst.next(ServerParts.enrolment(other), TestKiosk.STAFF)));
            service = query("SELECT code FROM service ORDER BY code LIMIT 1");
        }

        void round(int round) throws Exception {
            UUID slot = UUID.randomUUID();
            database().inTransaction(connection -> {
                Catalogue.upsertSlot(connection, slot, service, startsAt, 1);
                return null;
            });
            byte[] one = envelope(kioskOnFirst, new BookingCreated(UUID.randomUUID(), resident, service, slot,
                    startsAt, 0, 0), ServerParts.cardOf(resident));
            byte[] two = envelope(kioskOnSecond, new BookingCreated(UUID.randomUUID(), other, service, slot,
                    startsAt, 0, 0), ServerParts.cardOf(other));

            List<Verdict> verdicts = race(post(first.client, kioskOnFirst, List.of(one)),
                    post(second.client, kioskOnSecond, List.of(two))).stream()
                    .map(response -> response.verdicts().getFirst()).toList();

            assertThat(verdicts).as("round %d", round).filteredOn(Verdict::accepted).hasSize(1);
            assertThat(verdicts).as("round %d", round).filteredOn(verdict -> !verdict.accepted())
                    .extracting(Verdict::reason).containsExactly(BusinessRules.SLOT_FULL);
        }
    }

    @Test
    void twoKiosksOnTwoNodesSpendTheLastMinutesOfAResidentOnceOnly() throws Exception {
        long hardLimit = -LedgerLimits.DEFAULT.overdraftMinutes();
        List<UUID> residents = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            UUID resident = UUID.randomUUID();
            residents.add(resident);
            accepted(first.client, kioskOnFirst, List.of(
                    kioskOnFirst.next(ServerParts.enrolment(resident), TestKiosk.STAFF),
                    kioskOnFirst.next(new ServiceConfirmed(UUID.randomUUID(), resident, 90, "staff-7",
                            "credited at the counter"), TestKiosk.STAFF)));
            // Both kiosks just synced: the offline policy's allowance is not what is raced here.
            snapshot(first.client, kioskOnFirst);
            snapshot(second.client, kioskOnSecond);
            // Each spends all but 30 of what the hard limit allows: both together would take it 30 below the limit.
            int spend = 60 - (int) hardLimit;
            byte[] one = envelope(kioskOnFirst, new HoursRedeemed(resident, spend, UUID.randomUUID()),
                    ServerParts.cardOf(resident));
            byte[] two = envelope(kioskOnSecond, new HoursRedeemed(resident, spend, UUID.randomUUID()),
                    ServerParts.cardOf(resident));

            List<Verdict> verdicts = race(post(first.client, kioskOnFirst, List.of(one)),
                    post(second.client, kioskOnSecond, List.of(two))).stream()
                    .map(response -> response.verdicts().getFirst()).toList();

            assertThat(verdicts).as("round %d", round).filteredOn(Verdict::accepted).hasSize(1);
            assertThat(verdicts).as("round %d", round).filteredOn(verdict -> !verdict.accepted())
                    .extracting(Verdict::reason).containsExactly(BusinessRules.INSUFFICIENT_BALANCE);
        }
        for (UUID resident : residents) {
            long balance = database().inTransaction(connection -> Ledger.balance(connection,
                    Ledger.residentAccount(resident)));
            assertThat(balance).as("balance of %s", resident).isGreaterThanOrEqualTo(hardLimit);
        }
        long sum = database().inTransaction(Ledger::sum);
        assertThat(sum).isZero();
        everyTransactionStoredOnce();
    }

    @Test
    void staffAtTwoKiosksOnTwoNodesConfirmTheSameTaskOnceOnly() throws Exception {
        UUID volunteer = UUID.randomUUID();
        accepted(first.client, kioskOnFirst, List.of(kioskOnFirst.next(ServerParts.enrolment(volunteer),
                TestKiosk.STAFF)));
        int minutes = 45;
        for (int round = 0; round < ROUNDS; round++) {
            UUID task = UUID.randomUUID();
            ServiceConfirmed confirmation = new ServiceConfirmed(task, volunteer, minutes, "staff-7",
                    "confirmed at the counter");

            List<Verdict> verdicts = race(
                    post(first.client, kioskOnFirst, List.of(envelope(kioskOnFirst, confirmation, TestKiosk.STAFF))),
                    post(second.client, kioskOnSecond, List.of(envelope(kioskOnSecond, confirmation,
                            TestKiosk.STAFF)))).stream().map(response -> response.verdicts().getFirst()).toList();

            assertThat(verdicts).as("round %d", round).filteredOn(Verdict::accepted).hasSize(1);
            assertThat(verdicts).as("round %d", round).filteredOn(verdict -> !verdict.accepted())
                    .extracting(Verdict::reason).containsExactly(BusinessRules.TASK_ALREADY_CONFIRMED);
        }
        long balance = database().inTransaction(connection -> Ledger.balance(connection,
                Ledger.residentAccount(volunteer)));
        assertThat(balance).as("credited once per task").isEqualTo((long) ROUNDS * minutes);
        everyTransactionStoredOnce();
    }

    @Test
    void theSameTransactionPostedToBothNodesIsStoredOnceAndAnsweredAsADuplicateByOne() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            List<byte[]> batch = List.of(envelope(kioskOnFirst, ServerParts.enrolment(UUID.randomUUID()),
                    TestKiosk.STAFF));

            List<BatchResponse> responses = race(post(first.client, kioskOnFirst, batch),
                    post(second.client, kioskOnFirst, batch));

            List<Verdict> verdicts = responses.stream().map(response -> response.verdicts().getFirst()).toList();
            assertThat(verdicts).as("round %d", round).allMatch(Verdict::accepted);
            assertThat(verdicts).as("round %d: one node stored it, the other found it stored", round)
                    .extracting(Verdict::duplicate).containsExactlyInAnyOrder(false, true);
            assertThat(responses).extracting(response -> response.head().sequence())
                    .containsOnly(kioskOnFirst.sequence());
        }
        everyTransactionStoredOnce();
        chainInOrder(kioskOnFirst);
    }

    @Test
    void theSameKiosksBatchesOnBothNodesAtOnceKeepItsChainInOrder() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            byte[] earlier = envelope(kioskOnFirst, ServerParts.enrolment(UUID.randomUUID()), TestKiosk.STAFF);
            byte[] later = envelope(kioskOnFirst, ServerParts.enrolment(UUID.randomUUID()), TestKiosk.STAFF);

            // A kiosk that resends its unconfirmed batch through another node while the first answer is under way.
            List<BatchResponse> responses = race(post(first.client, kioskOnFirst, List.of(earlier)),
                    post(second.client, kioskOnFirst, List.of(earlier, later)));

            assertThat(responses.getLast().verdicts()).as("round %d", round).hasSize(2).allMatch(Verdict::accepted);
            assertThat(responses.getFirst().verdicts()).as("round %d", round).singleElement()
                    .matches(Verdict::accepted);
            assertThat(responses.getLast().head().sequence()).isEqualTo(kioskOnFirst.sequence());
        }
        everyTransactionStoredOnce();
        chainInOrder(kioskOnFirst);
    }

    @Test
    void theSameKioskEnrollingThroughBothNodesAtOnceIsEnrolledOnce() throws Exception {
        for (int round = 0; round < ENROLMENT_ROUNDS; round++) {
            TestKiosk kiosk = kiosk();
            byte[] body = ApiClient.enrolment(kiosk, first.enrolmentCode());

            List<HttpResponse<String>> answers = race(
                    () -> first.client.signed(kiosk, "POST", "/v1/enrolment", body),
                    () -> second.client.signed(kiosk, "POST", "/v1/enrolment", body));

            assertThat(answers).as("round %d", round).allSatisfy(answer ->
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200));
            assertThat(count("SELECT COUNT(*) FROM kiosk WHERE kiosk_id = '" + kiosk.kioskId() + "'")).isOne();
        }
    }

    private static TestKiosk kiosk() {
        TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        kiosk.useStaffCard(RunningServer.SOCIAL_WORKER);
        return kiosk;
    }

    private byte[] envelope(TestKiosk kiosk, org.huzhu.protocol.payload.Payload payload,
            org.huzhu.protocol.Actor actor) throws Exception {
        byte[] envelope = kiosk.next(payload, actor);
        transactionIds.add(SyncJson.MAPPER.readTree(envelope).path("id").asText());
        return envelope;
    }

    /** Posts a batch set up beforehand, answering its response; anything but a 200 fails the test. */
    private static Callable<BatchResponse> post(ApiClient client, TestKiosk kiosk, List<byte[]> envelopes) {
        byte[] body = ApiClient.batch(envelopes);
        return () -> {
            HttpResponse<String> answer = client.signed(kiosk, "POST", "/v1/batches", body);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            BatchResponse response = SyncJson.MAPPER.readValue(answer.body(), BatchResponse.class);
            assertThat(response.stopped()).as(answer.body()).isNull();
            return response;
        };
    }

    private static void snapshot(ApiClient client, TestKiosk kiosk) throws Exception {
        HttpResponse<String> answer = client.signed(kiosk, "GET", "/v1/snapshot?since=0", new byte[0]);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Instant served = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (kiosk.now().isBefore(served)) {
            kiosk.advance(Duration.between(kiosk.now(), served)); // it works after the snapshot, by its clock too
        }
    }

    private void accepted(ApiClient client, TestKiosk kiosk, List<byte[]> envelopes) throws Exception {
        for (byte[] envelope : envelopes) {
            transactionIds.add(SyncJson.MAPPER.readTree(envelope).path("id").asText());
        }
        assertThat(post(client, kiosk, envelopes).call().verdicts()).allMatch(Verdict::accepted);
    }

    /** Runs both at the same instant (as near as two threads get) and answers their results in that order. */
    private <T> List<T> race(Callable<T> one, Callable<T> two) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> results = new ArrayList<>();
        for (Callable<T> racer : List.of(one, two)) {
            results.add(racers.submit(() -> {
                ready.countDown();
                go.await();
                return racer.call();
            }));
        }
        ready.await();
        go.countDown();
        List<T> answers = new ArrayList<>();
        for (Future<T> result : results) {
            answers.add(result.get());
        }
        return answers;
    }

    private void everyTransactionStoredOnce() throws Exception {
        for (String id : transactionIds) {
            assertThat(count("SELECT COUNT(*) FROM transaction_record WHERE transaction_id = '" + id + "'"))
                    .as("transaction %s", id).isOne();
        }
    }

    /** The kiosk's stored chain is 1..its sequence, each envelope linking to the one before. */
    private void chainInOrder(TestKiosk kiosk) throws Exception {
        List<String[]> chain = database().inTransaction(connection -> {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT sequence, envelope, envelope_hash FROM transaction_record WHERE kiosk_id = ?"
                            + " ORDER BY sequence")) {
                query.setString(1, kiosk.kioskId());
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        rows.add(new String[] {row.getString(1), row.getString(2), row.getString(3)});
                    }
                }
            }
            return rows;
        });
        assertThat(chain).hasSize((int) kiosk.sequence());
        for (int i = 0; i < chain.size(); i++) {
            assertThat(Long.parseLong(chain.get(i)[0])).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(SyncJson.MAPPER.readTree(chain.get(i)[1]).path("previousHash").asText())
                        .isEqualTo(chain.get(i - 1)[2]);
            }
        }
        assertThat(count("SELECT head_sequence FROM kiosk WHERE kiosk_id = '" + kiosk.kioskId() + "'"))
                .isEqualTo(kiosk.sequence());
    }

    private Database database() {
        return first.server.database();
    }

    private String query(String sql) throws Exception {
        return database().inTransaction(connection -> single(connection, sql));
    }

    private long count(String sql) throws Exception {
        return Long.parseLong(query(sql));
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                throw new SQLException("no row for " + sql);
            }
            return row.getString(1);
        }
    }
}
