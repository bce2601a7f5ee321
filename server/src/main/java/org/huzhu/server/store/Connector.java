package org.huzhu.server.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens connections to one database: the first when the server starts, and a fresh one whenever {@link Database}
 * dropped a broken one. Implementations are thread-safe.
 */
@FunctionalInterface
interface Connector {

    Connection open() throws SQLException;

    static Connector of(StoreTarget target) {
        return switch (target) {
            case StoreTarget.Sqlite sqlite -> () -> openSqlite(sqlite.file());
            case StoreTarget.Postgres postgres -> () -> openPostgres(postgres);
        };
    }

    private static Connection openSqlite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        // Never create the file here: Database.open did, and migrated it. A file gone since (moved, deleted, its disk
        // unmounted) must fail to open, not come back as an empty database without a schema.
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Nothing reads generated keys; asking for them costs a query after every insert.
        config.setGetGeneratedKeys(false);
        // Ingest touches index pages all over a growing file: a 64 MiB page cache (filled only as pages are read)
        // instead of 2 MiB saves re-reading them from the OS on every batch.
        config.setCacheSize(-65_536);
        Connection connection = config.createConnection("jdbc:sqlite:" + file);
        try (var statement = connection.createStatement()) {
            // A batch writes about a thousand pages; checkpointing every 10,000 (not 1,000) lets the hot ones
            // (counters, balances, index roots) be copied into the database once per checkpoint, not once per batch.
            statement.execute("PRAGMA wal_autocheckpoint = 10000");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static Connection openPostgres(StoreTarget.Postgres target) throws SQLException {
        Properties properties = new Properties();
        if (target.user() != null) {
            properties.setProperty("user", target.user());
        }
        if (target.password() != null) {
            properties.setProperty("password", target.password());
        }
        properties.setProperty("connectTimeout", "10");
        // A server that vanished without closing the connection (its machine died, a firewall dropped the state)
        // would otherwise leave a read waiting for ever, holding the database lock every request waits for.
        properties.setProperty("socketTimeout", "120");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(target.jdbcUrl(), properties);
    }
}
