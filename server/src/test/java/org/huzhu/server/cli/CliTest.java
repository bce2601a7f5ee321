package org.huzhu.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.huzhu.server.testsupport.PostgresCluster;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.store.StoreTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator commands, run in-process as {@code java -jar huzhu-server.jar …} would run them. */
class CliTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), env).run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void enrolCodeStatsAndRevokeOnSqlite() {
        String db = folder.resolve("server.db").toString();

        assertThat(run(Map.of(), "enrol-code", "--db", db, "--valid-hours", "2")).isZero();
        assertThat(out().strip()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(err()).contains("valid for 2 h");
        assertThat(run(Map.of(), "stats", "--db", db)).isZero();
        assertThat(out()).contains("kiosks 0", "transactions accepted 0 rejected 0", "ledger sum 0 minutes",
                "slots over capacity 0, balances below the hard limit (-0 minutes) 0");
        assertThat(run(Map.of(), "revoke", "--db", db, "--kiosk", "K-0000000000000000")).isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(err()).contains("no kiosk K-0000000000000000");
    }

    @Test
    void statsFailsOnASlotOverCapacityOrABalanceBelowTheHardLimit() throws Exception {
        String db = folder.resolve("server.db").toString();
        assertThat(run(Map.of(), "enrol-code", "--db", db)).isZero();
        try (var database = org.huzhu.server.store.Database.openExisting(
                new org.huzhu.server.store.StoreTarget.Sqlite(Path.of(db)))) {
            database.inTransaction(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.executeUpdate("INSERT INTO service (code, name_zh, name_en, cost_minutes, cost_fen, active, version) "
                            + "VALUES ('meal', '送餐', 'Meals', 30, 0, 1, 1)");
                    statement.executeUpdate("INSERT INTO slot (slot_id, service_code, starts_at, capacity, booked, "
                            + "version) VALUES ('s-1', 'meal', '2026-12-04T09:00:00Z', 2, 3, 1)");
                    statement.executeUpdate("INSERT INTO account (account_id, balance, version) "
                            + "VALUES ('resident:r-1', -40, 1), ('pool', 40, 1)");
                }
                return null;
            });
        }

        assertThat(run(Map.of(), "stats", "--db", db)).isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(out()).contains("slots over capacity 1, balances below the hard limit (-0 minutes) 1");
        assertThat(run(Map.of(), "stats", "--db", db, "--overdraft-minutes", "60")).isEqualTo(Cli.EXIT_CHECK_FAILED);
        assertThat(out()).contains("slots over capacity 1, balances below the hard limit (-60 minutes) 0");
    }

    @Test
    void statsWorksOnPostgresWithThePasswordFromTheEnvironment() {
        StoreTarget.Postgres store = (StoreTarget.Postgres) Stores.POSTGRES.create(folder);

        int code = run(Map.of("PG_PASSWORD", PostgresCluster.password()), "stats", "--jdbc-url", store.jdbcUrl(),
                "--jdbc-user", PostgresCluster.user(), "--jdbc-password-env", "PG_PASSWORD");

        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("ledger sum 0 minutes");
    }

    @Test
    void badArgumentsGetOnePlainSentenceAndTheUsage() {
        assertThat(run(Map.of(), "frobnicate")).isEqualTo(Cli.EXIT_USAGE);
        assertThat(err()).startsWith("huzhu-server: unknown command 'frobnicate'").contains("usage:");
        assertThat(run(Map.of(), "stats", "--db", "a.db", "--jdbc-url", "jdbc:postgresql://x/y"))
                .isEqualTo(Cli.EXIT_USAGE);
        assertThat(err()).contains("either --db PATH (SQLite) or --jdbc-url URL");
        assertThat(run(Map.of(), "enrol-code", "--db", "x.db", "--valid-hours", "many")).isEqualTo(Cli.EXIT_USAGE);
        assertThat(err()).contains("--valid-hours must be a whole number");
        assertThat(run(Map.of(), "serve", "--db", folder.resolve("s.db").toString())).isEqualTo(Cli.EXIT_USAGE);
        assertThat(err()).contains("HUZHU_SERVER_KEY_PASSPHRASE");
        assertThat(run(Map.of(), "stats", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/none", "--jdbc-password-env",
                "NOT_SET")).isEqualTo(Cli.EXIT_USAGE);
        assertThat(err()).contains("NOT_SET");
        assertThat(err() + out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unusableStoresAndKeysEndWithTheirOwnExitCodes() throws Exception {
        assertThat(run(Map.of(), "stats", "--db", folder.resolve("missing.db").toString()))
                .isEqualTo(Cli.EXIT_STORAGE);
        assertThat(err()).contains("no database at");
        assertThat(run(Map.of(), "stats", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/none"))
                .isEqualTo(Cli.EXIT_STORAGE);
        Path key = folder.resolve("server-key.p12");
        Files.writeString(key, "not a key store");
        assertThat(run(Map.of("HUZHU_SERVER_KEY_PASSPHRASE", "long enough"), "serve", "--port", "0", "--db",
                folder.resolve("s.db").toString(), "--key", key.toString())).isEqualTo(Cli.EXIT_CONFIG);
        assertThat(err()).contains("server key store cannot be used");
        assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
