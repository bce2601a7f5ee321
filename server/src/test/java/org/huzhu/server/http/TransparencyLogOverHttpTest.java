package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.log.LogConsistency;
import org.huzhu.protocol.log.LogEntries;
import org.huzhu.protocol.log.LogInclusion;
import org.huzhu.protocol.log.MerkleHashes;
import org.huzhu.protocol.log.MerkleTree;
import org.huzhu.protocol.log.SignedTreeHead;
import org.huzhu.protocol.log.TreeHead;
import org.huzhu.protocol.log.TreeHeadCodec;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.ServerKey;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.ApiClient;
import org.huzhu.server.testsupport.PostgresCluster;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The transparency log (docs/protocol.md §16) over loopback HTTP on SQLite and PostgreSQL, checked as an auditor
 * would: only with the protocol's own verification classes, the server key and the envelopes.
 */
class TransparencyLogOverHttpTest {

    @TempDir
    Path folder;

    /** Envelopes the test kiosks had accepted, in the order they were sent. */
    private final List<byte[]> accepted = new ArrayList<>();
    private final List<String> acceptedIds = new ArrayList<>();
    private final List<String> rejectedIds = new ArrayList<>();

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void acceptedTransactionsAreProvablyInTheLogAndRejectedOnesAreNot(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            PublicKey key = serverKey(running);
            TestKiosk kiosk = kiosk();
            enrol(running, kiosk);

            SignedTreeHead empty = treeHead(running, key);
            UUID resident = UUID.randomUUID();
            send(running, kiosk, List.of(
                    kiosk.next(ServerParts.enrolment(resident), TestKiosk.STAFF),
                    kiosk.next(new ServiceConfirmed(UUID.randomUUID(), resident, 90, "staff-7", "at the counter"),
                            TestKiosk.STAFF),
                    kiosk.next(new HoursRedeemed(resident, 40, UUID.randomUUID()), ServerParts.cardOf(resident)),
                    kiosk.next(new HoursRedeemed(resident, 60, UUID.randomUUID()), ServerParts.cardOf(resident))));
            SignedTreeHead first = treeHead(running, key);

            assertThat(empty.head().treeSize()).isZero();
            assertThat(empty.head().rootHash()).isEqualTo(HexFormat.of().formatHex(MerkleHashes.empty()));
            assertThat(rejectedIds).hasSize(1);
            assertThat(first.head().treeSize()).isEqualTo(3);
            assertThat(first.head().community()).isEqualTo("default");
            assertThat(first.head().rootBytes()).isEqualTo(MerkleTree.of(leafHashes(accepted)).root());
            for (int i = 0; i < acceptedIds.size(); i++) {
                LogInclusion inclusion = inclusion(running, acceptedIds.get(i), "");
                assertThat(inclusion.leafIndex()).isEqualTo(i);
                assertThat(inclusion.leafHash()).isEqualTo(HexFormat.of().formatHex(
                        MerkleHashes.leaf(accepted.get(i))));
                SignedTreeHead itsHead = TreeHeadCodec.fromTree(inclusion.treeHead());
                assertThat(TreeHeadCodec.verify(itsHead, key)).isTrue();
                assertThat(itsHead.head().rootHash()).isEqualTo(first.head().rootHash());
                assertThat(inclusion.proof().verify(MerkleHashes.leaf(accepted.get(i)), first.head().rootBytes()))
                        .isTrue();
            }
            assertThat(Refusals.of(running.client.get("/v1/log/inclusion?transaction=" + rejectedIds.getFirst())))
                    .as("a rejected transaction is in no log").isEqualTo("404 not-in-log");

            send(running, kiosk, List.of(
                    kiosk.next(new ServiceConfirmed(UUID.randomUUID(), resident, 30, "staff-7", "more"),
                            TestKiosk.STAFF),
                    kiosk.next(new HoursRedeemed(resident, 20, UUID.randomUUID()), ServerParts.cardOf(resident))));
            SignedTreeHead second = treeHead(running, key);
            LogConsistency toNow = consistency(running, "from=3");
            LogConsistency fromEmpty = consistency(running, "from=0&to=5");
            LogInclusion inFirstHead = inclusion(running, acceptedIds.get(1), "&size=3");

            assertThat(second.head().treeSize()).isEqualTo(5);
            assertThat(toNow.toSize()).isEqualTo(5);
            assertThat(TreeHeadCodec.fromTree(toNow.treeHead()).head().rootHash()).isEqualTo(second.head().rootHash());
            assertThat(toNow.proof().verify(first.head().rootBytes(), second.head().rootBytes())).isTrue();
            assertThat(consistency(running, "from=3&to=5").path()).isEqualTo(toNow.path());
            assertThat(fromEmpty.proof().verify(empty.head().rootBytes(), second.head().rootBytes())).isTrue();
            assertThat(inFirstHead.treeSize()).isEqualTo(3);
            assertThat(inFirstHead.proof().verify(MerkleHashes.leaf(accepted.get(1)), first.head().rootBytes()))
                    .as("a proof for an earlier head still verifies against it").isTrue();

            LogEntries entries = entries(running, kiosk, "start=0&end=100");
            assertThat(entries.treeSize()).isEqualTo(5);
            assertThat(entries.entries()).extracting(LogEntries.Entry::transactionId).containsExactlyElementsOf(
                    acceptedIds);
            assertThat(entries.entries()).extracting(entry -> Base64.getEncoder().encodeToString(
                    entry.envelopeBytes())).containsExactlyElementsOf(accepted.stream()
                            .map(Base64.getEncoder()::encodeToString).toList());
            assertThat(MerkleTree.of(entries.entries().stream().map(LogEntries.Entry::leafHash).toList()).root())
                    .as("the entries rebuild the signed root").isEqualTo(second.head().rootBytes());
            assertThat(entries(running, kiosk, "start=3&end=4").entries())
                    .extracting(LogEntries.Entry::leafIndex).containsExactly(3L);
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void aRewrittenLeafIsCaughtByTheNextConsistencyCheck(Stores store) throws Exception {
        StoreTarget target = store.create(folder);
        SignedTreeHead kept;
        PublicKey key;
        try (RunningServer running = new RunningServer(target, folder)) {
            key = serverKey(running);
            TestKiosk kiosk = kiosk();
            enrol(running, kiosk);
            UUID resident = UUID.randomUUID();
            send(running, kiosk, List.of(kiosk.next(ServerParts.enrolment(resident), TestKiosk.STAFF),
                    kiosk.next(new ServiceConfirmed(UUID.randomUUID(), resident, 90, "staff-7", "at the counter"),
                            TestKiosk.STAFF),
                    kiosk.next(new HoursRedeemed(resident, 40, UUID.randomUUID()), ServerParts.cardOf(resident))));
            kept = treeHead(running, key); // what a kiosk or auditor keeps
            // Someone with the database rewrites the credit of 90 minutes (its leaf hash with it, to hide it).
            running.server.database().inTransaction(connection -> {
                try (PreparedStatement rewrite = connection.prepareStatement(
                        "UPDATE log_leaf SET leaf_hash = ? WHERE leaf_index = 1")) {
                    rewrite.setString(1, HexFormat.of().formatHex(MerkleHashes.leaf("forged".getBytes())));
                    return rewrite.executeUpdate();
                }
            });
            send(running, kiosk, List.of(kiosk.next(new HoursRedeemed(resident, 10, UUID.randomUUID()),
                    ServerParts.cardOf(resident))));
        }
        try (RunningServer restarted = RunningServer.anotherNode(target, folder)) {
            SignedTreeHead now = treeHead(restarted, key);
            LogConsistency proof = consistency(restarted, "from=" + kept.head().treeSize());

            assertThat(now.head().treeSize()).isEqualTo(4);
            assertThat(TreeHeadCodec.verify(now, key)).as("the server still signs what it serves").isTrue();
            assertThat(proof.proof().verify(kept.head().rootBytes(), now.head().rootBytes()))
                    .as("the kept head is not the start of the rewritten log").isFalse();
        }
    }

    @Test
    void badQueriesAreTypedRefusalsNeverA500() throws Exception {
        try (RunningServer running = new RunningServer(Stores.SQLITE.create(folder), folder)) {
            TestKiosk kiosk = kiosk();
            enrol(running, kiosk);
            send(running, kiosk, List.of(kiosk.next(ServerParts.enrolment(UUID.randomUUID()), TestKiosk.STAFF)));
            String known = acceptedIds.getFirst();

            assertThat(List.of("/v1/log/tree-head?size=1", "/v1/log/tree-head?community=%20",
                    "/v1/log/tree-head?community=" + "a".repeat(201),
                    "/v1/log/tree-head?community=a&community=a", "/v1/log/consistency", "/v1/log/consistency?from=",
                    "/v1/log/consistency?from=-1", "/v1/log/consistency?from=2", "/v1/log/consistency?from=1&to=2",
                    "/v1/log/consistency?from=1&to=0", "/v1/log/consistency?from=99999999999999999999",
                    "/v1/log/inclusion", "/v1/log/inclusion?transaction=not-an-id",
                    "/v1/log/inclusion?transaction=" + known.toUpperCase(),
                    "/v1/log/inclusion?transaction=" + known + "&size=0",
                    "/v1/log/inclusion?transaction=" + known + "&size=2"))
                    .allSatisfy(target -> assertThat(Refusals.of(running.client.get(target))).as(target)
                            .isEqualTo("400 invalid-request"));
            assertThat(Refusals.of(running.client.get("/v1/log/tree-head?community=elsewhere")))
                    .isEqualTo("404 unknown-community");
            assertThat(Refusals.of(running.client.get("/v1/log/inclusion?transaction=" + UUID.randomUUID())))
                    .isEqualTo("404 not-in-log");
            assertThat(Refusals.of(running.client.get("/v1/log/inclusion?community=elsewhere&transaction=" + known)))
                    .isEqualTo("404 not-in-log");
            assertThat(Refusals.of(running.client.get("/v1/log/entries?start=0&end=1")))
                    .as("entries hold personal data: a kiosk's signature first").isEqualTo("401 missing-signature");
            assertThat(List.of("start=0", "start=1&end=5", "start=0&end=0", "start=2&end=1", "end=1", "start=x&end=2"))
                    .allSatisfy(query -> assertThat(Refusals.of(running.client.signed(kiosk, "GET",
                            "/v1/log/entries?" + query, new byte[0]))).as(query).isEqualTo("400 invalid-request"));
            assertThat(running.client.get("/v1/log/consistency?from=1&to=1").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void headsReadWhileTransactionsArriveNeverShrinkAndAlwaysMatchTheLeaves() throws Exception {
        try (RunningServer running = new RunningServer(Stores.SQLITE.create(folder), folder)) {
            PublicKey key = serverKey(running);
            TestKiosk kiosk = kiosk();
            enrol(running, kiosk);
            ExecutorService readers = Executors.newFixedThreadPool(3);
            AtomicBoolean sending = new AtomicBoolean(true);
            List<Future<List<SignedTreeHead>>> seen = new ArrayList<>();
            for (int reader = 0; reader < 3; reader++) {
                seen.add(readers.submit(() -> {
                    List<SignedTreeHead> heads = new ArrayList<>();
                    while (sending.get()) {
                        heads.add(treeHead(running, key));
                    }
                    return heads;
                }));
            }
            try {
                for (int batch = 0; batch < 20; batch++) {
                    send(running, kiosk, List.of(kiosk.next(ServerParts.enrolment(UUID.randomUUID()), TestKiosk.STAFF),
                            kiosk.next(ServerParts.enrolment(UUID.randomUUID()), TestKiosk.STAFF)));
                }
            } finally {
                sending.set(false);
                readers.shutdown();
            }
            MerkleTree leaves = MerkleTree.of(leafHashes(accepted));

            for (Future<List<SignedTreeHead>> reader : seen) {
                List<SignedTreeHead> heads = reader.get(30, TimeUnit.SECONDS);
                assertThat(heads).isNotEmpty();
                assertThat(heads).extracting(head -> head.head().treeSize()).as("a head never shrinks").isSorted();
                assertThat(heads).allSatisfy(head -> assertThat(head.head().rootBytes())
                        .isEqualTo(leaves.root(head.head().treeSize())));
            }
            assertThat(treeHead(running, key).head().treeSize()).isEqualTo(40);
        }
    }

    @Test
    @Tag("multi-node")
    void twoNodesOnOnePostgresDatabaseServeOneGrowingLog() throws Exception {
        StoreTarget.Postgres store = PostgresCluster.get().newDatabase();
        try (RunningServer first = new RunningServer(store, folder);
             RunningServer second = RunningServer.anotherNode(store, folder)) {
            PublicKey key = serverKey(first);
            TestKiosk onFirst = kiosk();
            TestKiosk onSecond = kiosk();
            enrol(first, onFirst);
            enrol(second, onSecond);
            UUID residentOfFirst = UUID.randomUUID();
            UUID residentOfSecond = UUID.randomUUID();
            send(first, onFirst, List.of(onFirst.next(ServerParts.enrolment(residentOfFirst), TestKiosk.STAFF)));
            send(second, onSecond, List.of(onSecond.next(ServerParts.enrolment(residentOfSecond), TestKiosk.STAFF)));
            List<SignedTreeHead> heads = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                send(round % 2 == 0 ? first : second, round % 2 == 0 ? onFirst : onSecond, List.of(
                        (round % 2 == 0 ? onFirst : onSecond).next(new ServiceConfirmed(UUID.randomUUID(),
                                round % 2 == 0 ? residentOfFirst : residentOfSecond, 10, "staff-7", "round " + round),
                                TestKiosk.STAFF)));
                SignedTreeHead fromFirst = treeHead(first, key);
                SignedTreeHead fromSecond = treeHead(second, key);
                assertThat(fromSecond.head().treeSize()).as("round %d", round).isEqualTo(fromFirst.head().treeSize());
                assertThat(fromSecond.head().rootHash()).as("round %d", round).isEqualTo(fromFirst.head().rootHash());
                heads.add(round % 2 == 0 ? fromFirst : fromSecond);
            }

            assertThat(heads).extracting(head -> head.head().treeSize()).isSorted()
                    .containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
            for (int i = 1; i < heads.size(); i++) {
                TreeHead earlier = heads.get(i - 1).head();
                TreeHead later = heads.get(i).head();
                RunningServer asked = i % 2 == 0 ? second : first; // each proof from the node that did not sign
                LogConsistency proof = consistency(asked, "from=" + earlier.treeSize() + "&to=" + later.treeSize());
                assertThat(proof.proof().verify(earlier.rootBytes(), later.rootBytes())).as("head %d", i).isTrue();
            }
            assertThat(MerkleTree.of(leafHashes(accepted)).root()).isEqualTo(heads.getLast().head().rootBytes());
            LogInclusion last = inclusion(first, acceptedIds.getLast(), "");
            assertThat(last.proof().verify(MerkleHashes.leaf(accepted.getLast()), heads.getLast().head().rootBytes()))
                    .isTrue();
        }
    }

    private static TestKiosk kiosk() {
        TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        kiosk.useStaffCard(RunningServer.SOCIAL_WORKER);
        return kiosk;
    }

    /** Enrols {@code kiosk} and fetches its first snapshot, so the server accepts what it does offline after it. */
    private static void enrol(RunningServer running, TestKiosk kiosk) throws Exception {
        running.enrol(kiosk);
        assertThat(running.client.signed(kiosk, "GET", "/v1/snapshot?since=0", new byte[0]).statusCode())
                .isEqualTo(200);
        kiosk.advance(java.time.Duration.ofSeconds(5));
    }

    /** Posts a batch, and notes which envelopes were accepted (the log must hold exactly those, in order). */
    private void send(RunningServer running, TestKiosk kiosk, List<byte[]> envelopes) throws Exception {
        HttpResponse<String> answer = running.client.signed(kiosk, "POST", "/v1/batches", ApiClient.batch(envelopes));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        BatchResponse response = SyncJson.MAPPER.readValue(answer.body(), BatchResponse.class);
        assertThat(response.stopped()).isNull();
        for (Verdict verdict : response.verdicts()) {
            if (verdict.accepted()) {
                accepted.add(envelopes.get(verdict.index()));
                acceptedIds.add(verdict.id());
            } else {
                rejectedIds.add(verdict.id());
            }
        }
    }

    private static PublicKey serverKey(RunningServer running) throws Exception {
        ServerKey published = SyncJson.MAPPER.readValue(running.client.get("/v1/server-key").body(),
                ServerKey.class);
        return SignatureSuites.byId(published.suite()).orElseThrow()
                .decodePublicKey(Base64.getDecoder().decode(published.publicKey()));
    }

    /** The latest head, read as an auditor reads it: strictly, and only if its signature holds. */
    private static SignedTreeHead treeHead(RunningServer running, PublicKey key) throws Exception {
        HttpResponse<String> answer = running.client.get("/v1/log/tree-head");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        SignedTreeHead head = TreeHeadCodec.fromTree(SyncJson.MAPPER.readTree(answer.body()));
        assertThat(TreeHeadCodec.verify(head, key)).isTrue();
        return head;
    }

    private static LogInclusion inclusion(RunningServer running, String transactionId, String more) throws Exception {
        return ok(running.client.get("/v1/log/inclusion?transaction=" + transactionId + more), LogInclusion.class);
    }

    private static LogConsistency consistency(RunningServer running, String query) throws Exception {
        return ok(running.client.get("/v1/log/consistency?" + query), LogConsistency.class);
    }

    private static LogEntries entries(RunningServer running, TestKiosk kiosk, String query) throws Exception {
        return ok(running.client.signed(kiosk, "GET", "/v1/log/entries?" + query, new byte[0]), LogEntries.class);
    }

    private static <T> T ok(HttpResponse<String> answer, Class<T> type) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return SyncJson.MAPPER.readValue(answer.body(), type);
    }

    private static List<byte[]> leafHashes(List<byte[]> envelopes) {
        return envelopes.stream().map(MerkleHashes::leaf).toList();
    }
}
