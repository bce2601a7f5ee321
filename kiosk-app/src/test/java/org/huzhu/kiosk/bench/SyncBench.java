package org.huzhu.kiosk.bench;

import org.huzhu.kiosk.sync.ServerAddresses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.huzhu.kiosk.identity.KioskIdentity;
import org.huzhu.kiosk.journal.Outbox;
import org.huzhu.kiosk.sync.SyncClient;
import org.huzhu.kiosk.sync.Synchronizer;
import org.huzhu.kiosk.sync.workload.LoadedKiosk;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.RunningServer;

/**
 * Sync throughput (issue 4): a kiosk journal of {@value #DEFAULT_COUNT} queued transactions (a community workload;
 * building it is setup) drained with {@code Synchronizer.drainOnce} into the real server on loopback (SQLite in a
 * temporary folder), in batches of {@value #BATCH_SIZE}. In the same run, per suite: the raw single-core verify rate
 * of the suite over the same envelopes, and the server's ingest alone (the same envelopes posted in the same batches
 * with the kiosk's client to a second server, without the kiosk's outbox bookkeeping). Goals: end to end ≥ 3,000/s,
 * ingest ≥ 0.5 × the verify rate. Run with {@code ./mvnw -Pbench package}; arguments: [count] [suite ids…].
 */
public final class SyncBench {

    private static final int DEFAULT_COUNT = 100_000;
    private static final int BATCH_SIZE = 500;
    private static final int VERIFY_SAMPLE = 20_000;
    private static final double END_TO_END_GOAL = 3_000;
    private static final double INGEST_GOAL_RATIO = 0.5;

    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_COUNT;
        List<SignatureSuite> suites = args.length > 1
                ? List.of(args).subList(1, args.length).stream().map(id -> SignatureSuites.byId(id).orElseThrow())
                        .toList()
                : SignatureSuites.ALL;
        System.out.printf("Sync benchmark: %,d transactions per suite, batches of %d, SQLite server on loopback, "
                + "%d cores, %s, Java %s%n", count, BATCH_SIZE, Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), Runtime.version());
        for (SignatureSuite suite : suites) {
            run(suite, count);
        }
    }

    private static void run(SignatureSuite suite, int count) throws Exception {
        Path folder = Files.createTempDirectory("huzhu-sync-bench");
        try {
            measure(suite, count, folder);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) { // two server databases and a journal: large
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static void measure(SignatureSuite suite, int count, Path folder) throws Exception {
        try (RunningServer drained = server(folder.resolve("drained"));
                RunningServer ingestOnly = server(folder.resolve("ingest-only"));
                LoadedKiosk kiosk = LoadedKiosk.create(List.of(drained, ingestOnly), folder.resolve("kiosk.db"),
                        suite, count, 1)) {
            List<byte[]> envelopes = kiosk.journal().outbox().unacknowledged(count).stream()
                    .map(Outbox.Entry::envelope).toList();
            KioskIdentity identity = kiosk.journal().journal().identity();

            double verifyRate = verifyRate(suite, identity, envelopes.subList(0, Math.min(VERIFY_SAMPLE, count)));
            double ingestRate = ingestRate(new SyncClient(LoadedKiosk.uri(ingestOnly), identity, Clock.systemUTC()),
                    envelopes);
            long start = System.nanoTime();
            Synchronizer.Result result = kiosk.synchronizer().drainOnce(ServerAddresses.of(LoadedKiosk.uri(drained)), BATCH_SIZE);
            double endToEnd = count / seconds(start);
            if (result.pending() != 0 || result.accepted() + result.rejected() != count) {
                throw new IllegalStateException("the drain left work behind: " + result);
            }

            System.out.printf("%s: raw verify (1 core) %,8.0f /s%n", suite.id(), verifyRate);
            System.out.printf("%s: server ingest alone %,8.0f /s = %.2f x verify (goal >= %.1f)%n", suite.id(),
                    ingestRate, ingestRate / verifyRate, INGEST_GOAL_RATIO);
            System.out.printf("%s: end to end drain    %,8.0f /s = %.2f x verify (goal >= %,.0f /s); "
                    + "accepted %,d rejected %,d%n", suite.id(), endToEnd, endToEnd / verifyRate, END_TO_END_GOAL,
                    result.accepted(), result.rejected());
        }
    }

    private static RunningServer server(Path folder) throws Exception {
        Files.createDirectories(folder);
        return new RunningServer(new StoreTarget.Sqlite(folder.resolve("server.db")), folder);
    }

    /** Signatures verified per second on one thread, over the envelopes' own signing bytes (decoded beforehand). */
    private static double verifyRate(SignatureSuite suite, KioskIdentity identity, List<byte[]> envelopes)
            throws Exception {
        List<byte[]> signed = new ArrayList<>(envelopes.size());
        List<byte[]> signatures = new ArrayList<>(envelopes.size());
        for (byte[] envelope : envelopes) {
            Transaction transaction = TransactionCodec.decode(envelope);
            signed.add(TransactionCodec.signingBytes(transaction.body()));
            signatures.add(transaction.signatureBytes());
        }
        for (int round = 0; round < 2; round++) { // the first round warms up
            long start = System.nanoTime();
            for (int i = 0; i < signed.size(); i++) {
                if (!suite.verify(identity.publicKey(), signed.get(i), signatures.get(i))) {
                    throw new IllegalStateException("envelope " + i + " does not verify");
                }
            }
            if (round == 1) {
                return signed.size() / seconds(start);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** The server's ingest over HTTP with the kiosk's client, nothing recorded at the kiosk. */
    private static double ingestRate(SyncClient client, List<byte[]> envelopes) throws Exception {
        long start = System.nanoTime();
        for (int from = 0; from < envelopes.size(); from += BATCH_SIZE) {
            List<byte[]> batch = envelopes.subList(from, Math.min(envelopes.size(), from + BATCH_SIZE));
            BatchResponse response = client.sendBatch(batch);
            if (response.stopped() != null || response.verdicts().size() != batch.size()) {
                throw new IllegalStateException("the server stopped: " + response.stopped());
            }
        }
        return envelopes.size() / seconds(start);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
