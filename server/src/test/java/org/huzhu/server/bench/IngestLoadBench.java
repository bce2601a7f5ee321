package org.huzhu.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.SamplePayloads;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.ApiClient;
import org.huzhu.server.testsupport.PostgresCluster;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.TestKiosk;

/**
 * Ingest under load (issue 16, item 2): many kiosks at once, each posting its own chain in batches of 1 or 10 over
 * real HTTP, to one node on SQLite, and one and two nodes on one PostgreSQL database. Transactions are the protocol's
 * mixed sample (bookings, redemptions, transfers, volunteering, enrolments…), so many are refused: a realistic share
 * of refusals. Every answer is checked (200, one verdict per envelope, no stop). Prints transactions and requests a
 * second and p50/p99 per request, beside a floor measured in the same run: PostgreSQL's own rate for one insert and
 * one update per transaction from as many clients ({@code pgbench}, custom script), on the same cluster.
 *
 * <p>The test cluster runs with {@code fsync=off} and {@code synchronous_commit=off} (it need not survive a power
 * cut), and so does the floor: compare the ratio, not the absolute figures, with a production database.
 * Usage: {@code IngestLoadBench KIOSKS REQUESTS_PER_KIOSK}.
 */
public final class IngestLoadBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Figures(String configuration, int batch, double txPerSecond, double requestsPerSecond,
            double p50Millis, double p99Millis, double acceptedShare) {
    }

    private final int kiosks;
    private final int requestsPerKiosk;
    private final Path work;

    private IngestLoadBench(int kiosks, int requestsPerKiosk, Path work) {
        this.kiosks = kiosks;
        this.requestsPerKiosk = requestsPerKiosk;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int kiosks = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        new IngestLoadBench(kiosks, requests, Files.createTempDirectory("huzhu-ingest-bench")).run();
        System.exit(0); // the test cluster's shutdown hook stops PostgreSQL
    }

    private void run() throws Exception {
        List<Figures> figures = new ArrayList<>();
        for (int batch : new int[] {1, 10}) {
            figures.add(measure("SQLite, 1 node", batch, false, 1));
            figures.add(measure("PostgreSQL, 1 node", batch, true, 1));
            figures.add(measure("PostgreSQL, 2 nodes", batch, true, 2));
        }
        double floor = pgbenchFloor();
        System.out.printf("%nIngest, %d kiosks at once, %d requests each (one run each, "
                + "test cluster without fsync):%n", kiosks, requestsPerKiosk);
        System.out.printf("  %-22s %5s %10s %10s %8s %8s %9s %s%n", "configuration", "batch", "tx/s", "requests/s",
                "p50 ms", "p99 ms", "accepted", "tx/s vs floor");
        for (Figures f : figures) {
            System.out.printf("  %-22s %5d %10.0f %10.0f %8.1f %8.1f %8.0f%% %.2fx%n", f.configuration(), f.batch(),
                    f.txPerSecond(), f.requestsPerSecond(), f.p50Millis(), f.p99Millis(), 100 * f.acceptedShare(),
                    f.txPerSecond() / floor);
        }
        System.out.printf("  floor: pgbench, %d clients, one insert + one update per transaction: %.0f tx/s%n",
                Math.min(kiosks, PGBENCH_CLIENTS), floor);
    }

    private Figures measure(String name, int batch, boolean postgres, int nodes) throws Exception {
        Path folder = Files.createTempDirectory(work, "run");
        StoreTarget store = postgres ? PostgresCluster.get().newDatabase()
                : new StoreTarget.Sqlite(folder.resolve("server.db"));
        List<RunningServer> running = new ArrayList<>();
        running.add(new RunningServer(store, folder));
        for (int node = 1; node < nodes; node++) {
            running.add(RunningServer.anotherNode(store, folder));
        }
        try {
            List<Kiosk> fleet = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(42);
            for (int k = 0; k < kiosks; k++) {
                TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256,
                        Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
                kiosk.useStaffCard(RunningServer.SOCIAL_WORKER);
                RunningServer node = running.get(k % nodes);
                node.enrol(kiosk);
                List<byte[]> envelopes = new ArrayList<>();
                for (int i = 0; i < requestsPerKiosk * batch; i++) {
                    // Every third action at the counter (staff card), the rest by residents at the kiosk.
                    envelopes.add(kiosk.next(SamplePayloads.mixed(i + k, random),
                            i % 3 == 0 ? TestKiosk.STAFF : TestKiosk.RESIDENT));
                }
                fleet.add(new Kiosk(kiosk, node.client, envelopes, batch));
            }
            long start = System.nanoTime();
            List<long[]> perKiosk = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<long[]>> done = new ArrayList<>();
                for (Kiosk kiosk : fleet) {
                    done.add(threads.submit((Callable<long[]>) kiosk::post));
                }
                for (Future<long[]> future : done) {
                    perKiosk.add(future.get(10, TimeUnit.MINUTES));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] latencies = perKiosk.stream().flatMapToLong(a -> Arrays.stream(a, 1, a.length)).sorted().toArray();
            long accepted = perKiosk.stream().mapToLong(a -> a[0]).sum();
            long transactions = (long) kiosks * requestsPerKiosk * batch;
            return new Figures(name, batch, transactions / seconds, latencies.length / seconds,
                    percentile(latencies, 0.50) / 1e6, percentile(latencies, 0.99) / 1e6,
                    (double) accepted / transactions);
        } finally {
            for (RunningServer node : running) {
                node.close();
            }
        }
    }

    /** One kiosk's chain, posted in order, one request at a time, as a kiosk syncs right after each action. */
    private record Kiosk(TestKiosk kiosk, ApiClient client, List<byte[]> envelopes, int batch) {

        /** [accepted, latency of each request in ns…]; throws on any answer that is not a full, checked verdict. */
        long[] post() throws IOException, InterruptedException {
            long[] result = new long[1 + envelopes.size() / batch];
            for (int request = 0; request * batch < envelopes.size(); request++) {
                List<byte[]> slice = envelopes.subList(request * batch, (request + 1) * batch);
                long sent = System.nanoTime();
                HttpResponse<String> answer = client.signed(kiosk, "POST", "/v1/batches", ApiClient.batch(slice));
                result[1 + request] = System.nanoTime() - sent;
                JsonNode body = JSON.readTree(answer.body());
                if (answer.statusCode() != 200 || body.path("verdicts").size() != batch
                        || !body.path("stopped").isMissingNode() && !body.path("stopped").isNull()) {
                    throw new IllegalStateException("kiosk " + kiosk.kioskId() + " request " + request + ": "
                            + answer.statusCode() + " " + answer.body());
                }
                for (JsonNode verdict : body.path("verdicts")) {
                    if ("accepted".equals(verdict.path("verdict").asText())) {
                        result[0]++;
                    }
                }
            }
            return result;
        }
    }

    private static final int PGBENCH_CLIENTS = 50; // the test cluster allows 100 connections

    /** PostgreSQL's own rate for a write of the size an accepted transaction makes, on the same cluster. */
    private double pgbenchFloor() throws Exception {
        StoreTarget.Postgres database = PostgresCluster.get().newDatabase();
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(\\w+)").matcher(database.jdbcUrl());
        if (!url.matches()) {
            throw new IllegalStateException("unexpected test database URL " + database.jdbcUrl());
        }
        Path pgbench = Files.list(Path.of("/usr/lib/postgresql")).map(v -> v.resolve("bin/pgbench"))
                .filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException("no pgbench"));
        try (var connection = java.sql.DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password()); var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE floor_tx (id BIGSERIAL PRIMARY KEY, kiosk INT NOT NULL, envelope TEXT "
                    + "NOT NULL)");
            statement.execute("CREATE TABLE floor_kiosk (kiosk INT PRIMARY KEY, head BIGINT NOT NULL)");
            statement.execute("INSERT INTO floor_kiosk SELECT g, 0 FROM generate_series(1, " + PGBENCH_CLIENTS
                    + ") g");
        }
        Path script = work.resolve("ingest.sql");
        Files.writeString(script, """
                \\set kiosk random(1, %d)
                BEGIN;
                INSERT INTO floor_tx (kiosk, envelope) VALUES (:kiosk, repeat('x', 700));
                UPDATE floor_kiosk SET head = head + 1 WHERE kiosk = :kiosk;
                COMMIT;
                """.formatted(PGBENCH_CLIENTS), StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(pgbench.toString(), "-n", "-c",
                Integer.toString(Math.min(kiosks, PGBENCH_CLIENTS)), "-j", "2", "-T", "10", "-f", script.toString(),
                "-h", url.group(1), "-p", url.group(2), "-U", database.user(), url.group(3)).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", database.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Optional<String> tps = output.lines().filter(line -> line.startsWith("tps = ")).findFirst();
        return Double.parseDouble(tps.orElseThrow(() -> new IllegalStateException("pgbench said: " + output))
                .replaceAll("tps = ([0-9.]+).*", "$1"));
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }
}
