package org.huzhu.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A connection that breaks is replaced by the next use, and a transaction is run again only when it certainly did not
 * commit. Real SQLite connections with failures injected where a restarted database or an erring disk would put them.
 */
class DatabaseReconnectTest {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path folder;

    private FlakyConnector connector;
    private Database database;
    private final AtomicInteger runs = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        StoreTarget target = new StoreTarget.Sqlite(folder.resolve("server.db"));
        Database.open(target).close(); // creates and migrates the file
        connector = new FlakyConnector(target);
        database = new Database(target, connector);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void aConnectionBrokenBeforeTheCommitIsReplacedAndTheTransactionRunsOnceMore() throws Exception {
        connector.failNext("prepareStatement", FlakyConnector.connectionLost());

        long stored = store("a");

        assertThat(stored).isEqualTo(1);
        assertThat(runs).hasValue(2);
        assertThat(connector.opened()).hasSize(2);
        assertThat(connector.opened().getFirst().isClosed()).as("the broken connection is closed").isTrue();
        assertThat(store("b"))
                .as("statements are prepared anew on the new connection").isEqualTo(2);
    }

    @Test
    void aConnectionBrokenDuringTheCommitIsReportedAndNotRetriedThenReplaced() throws Exception {
        connector.failNext("commit", FlakyConnector.connectionLost());

        assertThatThrownBy(() -> store("a"))
                .isInstanceOf(StorageException.class);
        assertThat(runs).as("whether it committed is unknown: not run again").hasValue(1);

        assertThat(store("b")).isEqualTo(1);
        assertThat(connector.opened()).hasSize(2);
    }

    @Test
    void whileTheDatabaseCannotBeReachedEveryUseFailsAndTheFirstAfterwardsReconnects() throws Exception {
        connector.failNext("prepareStatement", FlakyConnector.connectionLost());
        connector.refuseConnections(true);

        assertThatThrownBy(() -> store("a"))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> store("a"))
                .isInstanceOf(StorageException.class);
        assertThat(database.isReachable(PROBE_TIMEOUT)).isFalse();
        assertThat(runs).hasValue(1);

        connector.refuseConnections(false);

        assertThat(database.isReachable(PROBE_TIMEOUT)).isTrue();
        assertThat(store("a")).isEqualTo(1);
        assertThat(connector.opened()).hasSize(2);
    }

    @Test
    void anSqliteIoErrorReplacesTheConnectionThoughItStillAnswers() throws Exception {
        connector.failNext("prepareStatement", new SQLiteException("disk I/O error",
                SQLiteErrorCode.SQLITE_IOERR_WRITE));

        assertThat(store("a")).isEqualTo(1);
        assertThat(connector.opened()).hasSize(2);
        assertThat(runs).hasValue(2);
    }

    @Test
    void aVanishedFileIsNotReopenedAsAnEmptyDatabaseButUsedAgainOnceItIsBack() throws Exception {
        store("before");
        Path file = folder.resolve("server.db");
        Path aside = Files.createDirectory(folder.resolve("aside"));
        List<String> names = List.of("server.db", "server.db-wal", "server.db-shm");
        for (String name : names) {
            Files.move(folder.resolve(name), aside.resolve(name));
        }
        // Its statements are cached by now, so the failure comes where every transaction begins.
        connector.failNext("setAutoCommit", new SQLiteException("disk I/O error", SQLiteErrorCode.SQLITE_IOERR_READ));

        assertThatThrownBy(() -> store("while gone")).isInstanceOf(StorageException.class);
        assertThat(database.isReachable(PROBE_TIMEOUT)).isFalse();
        assertThat(file).as("not created again, empty and without a schema").doesNotExist();

        for (String name : names) {
            if (Files.exists(aside.resolve(name))) {
                Files.move(aside.resolve(name), folder.resolve(name));
            }
        }

        assertThat(database.isReachable(PROBE_TIMEOUT)).isTrue();
        assertThat(store("after")).as("the row from before is there").isEqualTo(2);
    }

    @Test
    void aFailureThatLeavesTheConnectionWorkingKeepsIt() throws Exception {
        connector.failNext("prepareStatement", new SQLException("duplicate key value", "23505"));

        assertThatThrownBy(() -> store("a"))
                .isInstanceOf(StorageException.class);

        assertThat(store("a")).isEqualTo(1);
        assertThat(connector.opened()).hasSize(1);
        assertThat(runs).hasValue(2);
    }

    @Test
    void theHealthProbeReplacesABrokenConnectionAndAsksAgain() throws Exception {
        connector.failNext("createStatement", FlakyConnector.connectionLost());

        assertThat(database.isReachable(PROBE_TIMEOUT)).isTrue();
        assertThat(connector.opened()).hasSize(2);
    }

    @Test
    void aClosedDatabaseDoesNotReconnect() throws Exception {
        database.close();

        assertThatThrownBy(() -> store("a"))
                .isInstanceOf(StorageException.class).hasMessageContaining("closed");
        assertThat(database.isReachable(PROBE_TIMEOUT)).isFalse();
        assertThat(connector.opened()).hasSize(1);
    }

    private long store(String nonce) throws StorageException {
        return database.inTransaction(connection -> insertNonce(connection, nonce));
    }

    /** Stores a nonce for kiosk K-1 and returns how many it has; counts the runs. */
    private long insertNonce(java.sql.Connection connection, String nonce) throws SQLException {
        runs.incrementAndGet();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO request_nonce (kiosk_id, nonce, expires_at) VALUES ('K-1', ?, 1)")) {
            insert.setString(1, nonce);
            insert.executeUpdate();
        }
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM request_nonce WHERE kiosk_id = 'K-1'");
             ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
