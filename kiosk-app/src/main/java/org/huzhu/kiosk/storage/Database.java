package org.huzhu.kiosk.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;

/**
 * The kiosk's SQLite database: one file, WAL mode, {@code synchronous=FULL} so a commit is on disk when it returns,
 * schema migrated by Flyway on open. One connection does all writing (SQLite has one writer anyway); callers are
 * serialised on it. Blocking: never call from the FX thread.
 */
public final class Database implements AutoCloseable {

    private static final String MIGRATIONS = "classpath:db/kiosk";
    /** The newest migration in {@code db/kiosk} ({@code DatabaseTest} fails when a new one is added but not here). */
    static final int SCHEMA_VERSION = 16;

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating owner-only if absent) and migrates the database. A database already at
     * {@link #SCHEMA_VERSION} is opened without starting Flyway: Flyway's own start-up (its class loading and the scan
     * of the migrations) took about half a second of the kiosk's start, on the way to the first screen, to find
     * nothing to do (issue 15, fast start). It still runs, and validates, whenever a migration is due.
     */
    public static Database open(Path file) throws StorageException {
        createOwnerOnly(file);
        String url = "jdbc:sqlite:" + file;
        try {
            Connection connection = connect(url, false);
            if (appliedSchemaVersion(connection) == SCHEMA_VERSION) {
                return new Database(file, connection);
            }
            connection.close();
        } catch (SQLException e) {
            throw new StorageException(file, "cannot open the database (" + e.getMessage() + ")", e);
        }
        try {
            Flyway.configure().dataSource(url, null, null).locations(MIGRATIONS).load().migrate();
        } catch (FlywayException e) {
            throw new StorageException(file, "cannot bring the database schema up to date (" + e.getMessage() + ")", e);
        }
        try {
            return new Database(file, connect(url, false));
        } catch (SQLException e) {
            throw new StorageException(file, "cannot open the database (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The highest migration Flyway applied successfully, or -1 if there is none or one failed (then Flyway must
     * look: it repairs nothing by itself, but says what is wrong).
     */
    static int appliedSchemaVersion(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            try (var tables = statement.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!tables.next() || tables.getInt(1) == 0) {
                    return -1;
                }
            }
            try (var history = statement.executeQuery("SELECT sum(success = 0), max(CAST(version AS INTEGER)) "
                    + "FROM flyway_schema_history WHERE version IS NOT NULL")) {
                if (!history.next() || history.getInt(1) > 0) {
                    return -1;
                }
                int version = history.getInt(2);
                return history.wasNull() ? -1 : version;
            }
        }
    }

    /** A read-only connection to an existing database, for checks that must not change it. Caller closes it. */
    public static Connection openReadOnly(Path file) throws StorageException {
        if (!Files.isRegularFile(file)) {
            throw new StorageException(file, "no such database");
        }
        try {
            return connect("jdbc:sqlite:" + file, true);
        } catch (SQLException e) {
            throw new StorageException(file, "cannot open the database (" + e.getMessage() + ")", e);
        }
    }

    private static Connection connect(String url, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setReadOnly(readOnly);
        return config.createConnection(url);
    }

    /** Runs {@code work} in one transaction; it is committed (durably) when this returns, rolled back if it throws. */
    public synchronized <T> T inTransaction(SqlWork<T> work) throws StorageException {
        try {
            connection.setAutoCommit(false);
            boolean committed = false;
            try {
                T result = work.run(connection);
                connection.commit();
                committed = true;
                return result;
            } finally {
                // Whatever was thrown (even an Error), roll back first: switching auto-commit back on would
                // otherwise commit the half-done work.
                if (!committed) {
                    connection.rollback();
                }
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException(file, "transaction failed (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A cheap real write check for health: opens the database file for writing (refused for a read-only file or
     * file system, or an immutable file), and creates, syncs and deletes a small file beside it (SQLite needs the
     * folder for its WAL and shared-memory files). Changes nothing in the database. Blocking: a worker thread.
     *
     * @throws StorageException if either cannot be written, saying which
     */
    public void probeWritable() throws StorageException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(false);
        } catch (IOException e) {
            throw new StorageException(file, "cannot be written (" + e.getMessage() + ")", e);
        }
        Path folder = file.toAbsolutePath().getParent();
        Path probe = folder.resolve("." + file.getFileName() + ".write-probe");
        try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(new byte[] {1}));
            channel.force(true);
        } catch (IOException e) {
            throw new StorageException(file, "its folder cannot be written (" + e.getMessage() + ")", e);
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException e) {
                // A probe that could be written but not deleted is harmless; the next probe truncates it.
            }
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws StorageException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException(file, "cannot close the database", e);
        }
    }

    private static void createOwnerOnly(Path file) throws StorageException {
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        } catch (IOException e) {
            throw new StorageException(file, "cannot create the database file (" + e.getMessage() + ")", e);
        }
    }
}
