package org.huzhu.server.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;

/**
 * The server's database, SQLite or PostgreSQL, with one Flyway-managed schema ({@code db/server}, SQL both accept).
 * One connection does all the work and callers are serialised on it: the ledger and every kiosk's chain need a single
 * order of writes, and one server process per database is the supported deployment. Its prepared statements are kept
 * for reuse ({@link StatementCache}). Thread-safe; blocking.
 */
public final class Database implements AutoCloseable {

    private static final String MIGRATIONS = "classpath:db/server";

    private final StoreTarget target;
    private final Connection connection;
    private final StatementCache statements;

    private Database(StoreTarget target, Connection connection) {
        this.target = target;
        this.connection = connection;
        this.statements = new StatementCache(connection);
    }

    /** Opens the database (creating an SQLite file owner-only if absent) and brings the schema up to date. */
    public static Database open(StoreTarget target) throws StorageException {
        if (target instanceof StoreTarget.Sqlite sqlite) {
            createOwnerOnly(sqlite.file());
        }
        migrate(target);
        try {
            Connection connection = switch (target) {
                case StoreTarget.Sqlite sqlite -> openSqlite(sqlite.file());
                case StoreTarget.Postgres postgres -> openPostgres(postgres);
            };
            return new Database(target, connection);
        } catch (SQLException e) {
            throw new StorageException("cannot open the database " + target.describe() + " (" + e.getMessage() + ")",
                    e);
        }
    }

    /** Opens an existing SQLite file only (for commands that must not create one by accident). */
    public static Database openExisting(StoreTarget target) throws StorageException {
        if (target instanceof StoreTarget.Sqlite sqlite && !Files.isRegularFile(sqlite.file())) {
            throw new StorageException("no database at " + sqlite.file(), null);
        }
        return open(target);
    }

    private static Connection openSqlite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
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
        return DriverManager.getConnection(target.jdbcUrl(), properties);
    }

    private static void migrate(StoreTarget target) throws StorageException {
        var configuration = Flyway.configure().locations(MIGRATIONS);
        switch (target) {
            case StoreTarget.Sqlite sqlite -> configuration.dataSource("jdbc:sqlite:" + sqlite.file(), null, null);
            case StoreTarget.Postgres postgres ->
                    configuration.dataSource(postgres.jdbcUrl(), postgres.user(), postgres.password());
        }
        try {
            configuration.load().migrate();
        } catch (FlywayException e) {
            throw new StorageException("cannot bring the schema of " + target.describe() + " up to date ("
                    + e.getMessage() + ")", e);
        }
    }

    /** Runs {@code work} in one transaction: committed when this returns, rolled back if it throws. */
    public synchronized <T> T inTransaction(SqlWork<T> work) throws StorageException {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(statements.connection());
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("database transaction failed on " + target.describe() + " ("
                    + e.getMessage() + ")", e);
        }
    }

    public StoreTarget target() {
        return target;
    }

    @Override
    public synchronized void close() throws StorageException {
        try (connection) {
            statements.close();
        } catch (SQLException e) {
            throw new StorageException("cannot close " + target.describe(), e);
        }
    }

    private static void createOwnerOnly(Path file) throws StorageException {
        if (Files.exists(file)) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        } catch (IOException e) {
            throw new StorageException("cannot create the database file " + file + " (" + e.getMessage() + ")", e);
        }
    }
}
