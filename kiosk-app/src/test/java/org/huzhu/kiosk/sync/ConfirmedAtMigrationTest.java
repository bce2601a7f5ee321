package org.huzhu.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.protocol.sync.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kiosk that learnt confirmations before they carried a date gets the dates from one full snapshot (V5). */
class ConfirmedAtMigrationTest {

    private static final String TASK = "0b7a7d4e-43c6-3f7e-9f0e-5c1f6b1f0c11";
    private static final String VOLUNTEER = "2f0c8a4e-7d1b-3c55-8a7e-0d6b2b9c4e21";
    private static final Instant CONFIRMED_AT = Instant.parse("2026-11-20T03:15:00Z");

    @TempDir
    Path folder;

    @Test
    void theNextPullIsAFullOneAndFillsInTheDates() throws Exception {
        Path file = folder.resolve("kiosk.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/kiosk").target("4").load().migrate();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.executeUpdate("""
                    INSERT INTO snapshot_state VALUES (1, 41, '2026-11-23T01:00:00Z', 0, 0, 60, 120, 4320,
                                                       '2026-11-23T01:00:01Z')""");
            sql.executeUpdate("INSERT INTO confirmed_task VALUES ('%s', '%s', 90)".formatted(TASK, VOLUNTEER));
        }

        try (Database database = Database.open(file)) {
            SnapshotStore store = new SnapshotStore(database);
            assertThat(store.read().version()).as("asks for everything again").isZero();
            assertThat(confirmedAt(database)).isNull();

            store.apply(new Snapshot(0, 42, Instant.parse("2026-11-23T02:00:00Z"),
                    new Snapshot.Limits(0, 60, 120, 4320), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(new Snapshot.ConfirmedTask(TASK, VOLUNTEER, 90, CONFIRMED_AT, 40)), List.of(),
                    List.of(), List.of(), List.of()),
                    Instant.parse("2026-11-23T02:00:01Z"));

            assertThat(store.read().version()).isEqualTo(42);
            assertThat(confirmedAt(database)).isEqualTo(CONFIRMED_AT.toString());
        }
    }

    private static String confirmedAt(Database database) throws Exception {
        return database.inTransaction(connection -> {
            try (ResultSet row = connection.createStatement().executeQuery("SELECT confirmed_at FROM confirmed_task")) {
                row.next();
                return row.getString(1);
            }
        });
    }
}
