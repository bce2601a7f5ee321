package org.huzhu.server.counter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StoreTarget;

/**
 * How long the counter's queries take on a community of 100,000 residents and 2,000,000 posting transactions
 * (4,000,000 ledger entries), on SQLite. The tables the queries read are seeded directly (ingesting millions of signed
 * envelopes would take hours and measure ingest, not the queries), with the shapes ingest gives them. Each query runs
 * 21 times after a warm-up; the median and the slowest are printed. Not a test: run by hand, with the test classpath:
 *
 * <pre>
 * ./mvnw -o -q -pl protocol,server test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp server/target/classes:server/target/test-classes:$(cat /tmp/cp.txt) \
 *     org.huzhu.server.counter.CounterQueryBench /tmp/counter-bench.db
 * </pre>
 */
public final class CounterQueryBench {

    private static final int RUNS = 21;

    private CounterQueryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/counter-bench.db");
        boolean seed = !Files.exists(file);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        try (Database database = Database.open(new StoreTarget.Sqlite(file))) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            if (seed) {
                long started = System.nanoTime();
                database.inTransaction(connection -> {
                    CounterSeeds.seed(connection, new Random(12), now, 100_000, 2_000_000);
                    return null;
                });
                System.out.printf(Locale.ROOT, "seeded in %.0f s%n", (System.nanoTime() - started) / 1e9);
            }
            CounterQueries queries = new CounterQueries(database, zone);
            LocalDate today = LocalDate.ofInstant(now, zone);
            String someone = database.inTransaction(connection -> CounterSeeds.someResident(connection));
            List<String[]> cases = new ArrayList<>(List.of(
                    new String[] {"residents q=王 (name contains, a common surname)", "residents", "q=%E7%8E%8B"},
                    new String[] {"residents q=张伟 (name contains)", "residents", "q=%E5%BC%A0%E4%BC%9F"},
                    new String[] {"residents q=wxy (pinyin initials)", "residents", "q=wxy"},
                    new String[] {"residents q=M054321 (member number)", "residents", "q=M054321"},
                    new String[] {"residents q=5678 (phone ending)", "residents", "q=5678"},
                    new String[] {"volunteer-sessions waiting", "sessions", "status=waiting"},
                    new String[] {"volunteer-sessions all, offset 5000", "sessions", "status=all&offset=5000"},
                    new String[] {"rejections", "rejections", ""},
                    new String[] {"statement of one resident", "statement", "residentId=" + someone},
                    new String[] {"report, one month, inactiveDays=90", "report",
                            "from=" + today.minusDays(29) + "&to=" + today},
                    new String[] {"report, one year", "report", "from=" + today.minusDays(365) + "&to=" + today}));
            for (String[] c : cases) {
                long[] times = new long[RUNS];
                run(queries, c[1], c[2]); // warm-up
                for (int i = 0; i < RUNS; i++) {
                    long t = System.nanoTime();
                    run(queries, c[1], c[2]);
                    times[i] = System.nanoTime() - t;
                }
                java.util.Arrays.sort(times);
                System.out.printf(Locale.ROOT, "%-45s median %7.1f ms   slowest %7.1f ms%n", c[0],
                        times[RUNS / 2] / 1e6, times[RUNS - 1] / 1e6);
            }
        }
    }

    private static void run(CounterQueries queries, String endpoint, String query) throws Exception {
        switch (endpoint) {
            case "residents" -> queries.residents(query);
            case "sessions" -> queries.volunteerSessions(query);
            case "rejections" -> queries.rejections(query);
            case "statement" -> queries.statement(query);
            case "report" -> queries.report(query);
            default -> throw new IllegalArgumentException(endpoint);
        }
    }
}
