package org.huzhu.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.server.catalogue.Snapshots;
import org.huzhu.server.community.ConfirmedTasks;
import org.huzhu.server.testsupport.Stores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server that ran before V2 keeps working after it: its services gain empty provider and place texts, and its
 * staff confirmations (credit postings) become confirmed tasks that kiosks learn with their next snapshot.
 */
class CommunityMigrationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void creditsMadeBeforeV2BecomeConfirmedTasksInTheNextSnapshot(Stores store) throws Exception {
        StoreTarget target = store.create(folder);
        String url = switch (target) {
            case StoreTarget.Sqlite sqlite -> "jdbc:sqlite:" + sqlite.file();
            case StoreTarget.Postgres postgres -> postgres.jdbcUrl();
        };
        String user = target instanceof StoreTarget.Postgres postgres ? postgres.user() : null;
        String password = target instanceof StoreTarget.Postgres postgres ? postgres.password() : null;
        Flyway.configure().locations("classpath:db/server").target("1").dataSource(url, user, password).load()
                .migrate();
        UUID task = UUID.randomUUID();
        UUID volunteer = UUID.randomUUID();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE change_counter SET version = 7, next_posting = 2 WHERE id = 1");
            statement.execute("INSERT INTO service VALUES ('haircut', '理发', 'Haircut', 30, 500, 1, 3)");
            statement.execute("INSERT INTO kiosk VALUES ('K-1', 'ed25519-sha256', 'key', 'active', '" + NOW
                    + "', 'code', 1, 'hash', NULL)");
            statement.execute("INSERT INTO transaction_record VALUES ('tx-1', 'K-1', 1, '{}', 'hash',"
                    + " 'service.confirmed', 0, 'accepted', NULL, '', '" + NOW + "')");
            statement.execute("INSERT INTO ledger_entry VALUES (1, 1, 'pool', -45, 'credit', 'tx-1', '" + task
                    + "', NULL, '" + NOW + "'), (1, 2, 'resident:" + volunteer + "', 45, 'credit', 'tx-1', '" + task
                    + "', NULL, '" + NOW + "')");
        }

        try (Database database = Database.open(target)) {
            Snapshot.Limits limits = new Snapshot.Limits(0, 60, 120, 4320);
            Snapshot sinceV1 = database.inTransaction(connection -> Snapshots.read(connection, 7, limits, NOW));
            Snapshot everything = database.inTransaction(connection -> Snapshots.read(connection, 0, limits, NOW));
            boolean confirmed = database.inTransaction(connection -> ConfirmedTasks.confirmed(connection, task,
                    volunteer));

            assertThat(sinceV1.version()).isEqualTo(8);
            assertThat(sinceV1.confirmedTasks()).extracting(Snapshot.ConfirmedTask::taskId,
                    Snapshot.ConfirmedTask::volunteerId, Snapshot.ConfirmedTask::minutes,
                    Snapshot.ConfirmedTask::version)
                    .containsExactly(tuple(task.toString(), volunteer.toString(), 45, 8L));
            assertThat(confirmed).as("the task cannot be confirmed a second time").isTrue();
            assertThat(everything.services()).singleElement().extracting(Snapshot.Service::nameEn,
                    Snapshot.Service::providerZh, Snapshot.Service::placeEn).containsExactly("Haircut", "", "");
        }
    }
}
