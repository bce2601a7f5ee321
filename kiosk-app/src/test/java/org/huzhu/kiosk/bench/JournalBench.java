package org.huzhu.kiosk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.SamplePayloads;
import org.sqlite.SQLiteConfig;

/**
 * Durable append latency and throughput of the journal for each suite, printed beside the floor measured in the same
 * run: single-row inserts into SQLite with the same durability (WAL, synchronous=FULL, one commit per row) and the
 * bare sign/verify cost. Run with {@code ./mvnw -Pbench package}.
 */
public final class JournalBench {

    private static final int WARM_UP = 5000;
    private static final int MEASURED = 5000;
    private static final int CALLERS = 8;

    private JournalBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("huzhu-journal-bench");
        System.out.printf("Journal benchmark: %d durable appends per suite after %d warm-up, %d cores, %s, Java %s%n",
                MEASURED, WARM_UP, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                Runtime.version());
        Figures floor = rawInserts(folder.resolve("floor.db"));
        System.out.printf("%-34s p50 %6.2f ms  p99 %6.2f ms  %7.0f /s%n", "floor: fsync'd SQLite row insert",
                floor.p50(), floor.p99(), floor.perSecond());
        for (SignatureSuite suite : SignatureSuites.ALL) {
            Figures journal = appends(folder.resolve(suite.id() + ".db"), suite);
            double[] crypto = signAndVerifyMicros(suite);
            System.out.printf("%-34s p50 %6.2f ms  p99 %6.2f ms  %7.0f /s  = %.2f x floor  (sign %.0f us, verify %.0f us)%n",
                    "journal append, " + suite.id(), journal.p50(), journal.p99(), journal.perSecond(),
                    journal.perSecond() / floor.perSecond(), crypto[0], crypto[1]);
            Figures grouped = concurrentAppends(folder.resolve(suite.id() + "-group.db"), suite);
            System.out.printf("%-34s p50 %6.2f ms  p99 %6.2f ms  %7.0f /s  = %.2f x floor%n",
                    "  " + CALLERS + " concurrent callers (group commit)", grouped.p50(), grouped.p99(),
                    grouped.perSecond(), grouped.perSecond() / floor.perSecond());
        }
    }

    private record Figures(double p50, double p99, double perSecond) {

        static Figures of(long[] nanos, long totalNanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Figures(sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                    nanos.length / (totalNanos / 1e9));
        }
    }

    private static Figures appends(Path file, SignatureSuite suite) throws Exception {
        try (OpenJournal open = OpenJournal.open(file, "bench passphrase".toCharArray(), suite, Clock.systemUTC())) {
            SplittableRandom random = new SplittableRandom(1);
            for (int i = 0; i < WARM_UP; i++) {
                open.journal().append(SamplePayloads.mixed(i, random), Actor.SYSTEM, BusinessChange.NONE);
            }
            long[] nanos = new long[MEASURED];
            long start = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                long before = System.nanoTime();
                open.journal().append(SamplePayloads.mixed(i, random), Actor.SYSTEM, BusinessChange.NONE);
                nanos[i] = System.nanoTime() - before;
            }
            return Figures.of(nanos, System.nanoTime() - start);
        }
    }

    /** {@link #CALLERS} threads appending at once: the writer groups their appends into shared commits. */
    private static Figures concurrentAppends(Path file, SignatureSuite suite) throws Exception {
        try (OpenJournal open = OpenJournal.open(file, "bench passphrase".toCharArray(), suite, Clock.systemUTC());
                var pool = java.util.concurrent.Executors.newFixedThreadPool(CALLERS)) {
            int perCaller = MEASURED / CALLERS;
            long[] nanos = new long[perCaller * CALLERS];
            for (int round = 0; round < 2; round++) { // the first round warms up
                java.util.List<java.util.concurrent.Future<?>> callers = new java.util.ArrayList<>();
                long start = System.nanoTime();
                for (int c = 0; c < CALLERS; c++) {
                    int caller = c;
                    callers.add(pool.submit(() -> {
                        SplittableRandom random = new SplittableRandom(caller);
                        for (int i = 0; i < perCaller; i++) {
                            long before = System.nanoTime();
                            open.journal().append(SamplePayloads.mixed(i, random), Actor.SYSTEM, BusinessChange.NONE);
                            nanos[caller * perCaller + i] = System.nanoTime() - before;
                        }
                        return null;
                    }));
                }
                for (var caller : callers) {
                    caller.get();
                }
                if (round == 1) {
                    return Figures.of(nanos, System.nanoTime() - start);
                }
            }
            throw new IllegalStateException("unreachable");
        }
    }

    /** The floor: what SQLite alone costs for one durable commit of a row the size of an envelope. */
    private static Figures rawInserts(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file)) {
            connection.createStatement().execute("CREATE TABLE raw (id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
            byte[] row = new byte[700];
            new SplittableRandom(2).nextBytes(row);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO raw (data) VALUES (?)")) {
                for (int i = 0; i < WARM_UP; i++) {
                    insert.setBytes(1, row);
                    insert.executeUpdate();
                }
                long[] nanos = new long[MEASURED];
                long start = System.nanoTime();
                for (int i = 0; i < MEASURED; i++) {
                    long before = System.nanoTime();
                    insert.setBytes(1, row);
                    insert.executeUpdate();
                    nanos[i] = System.nanoTime() - before;
                }
                return Figures.of(nanos, System.nanoTime() - start);
            }
        }
    }

    private static double[] signAndVerifyMicros(SignatureSuite suite) throws Exception {
        var keys = suite.generateKeyPair();
        byte[] message = TransactionCodec.hash(new byte[600], suite).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int rounds = 2000;
        byte[] signature = suite.sign(keys.getPrivate(), message);
        for (int i = 0; i < rounds; i++) {
            suite.verify(keys.getPublic(), message, suite.sign(keys.getPrivate(), message));
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            signature = suite.sign(keys.getPrivate(), message);
        }
        double sign = (System.nanoTime() - start) / 1e3 / rounds;
        start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            suite.verify(keys.getPublic(), message, signature);
        }
        return new double[] {sign, (System.nanoTime() - start) / 1e3 / rounds};
    }
}
