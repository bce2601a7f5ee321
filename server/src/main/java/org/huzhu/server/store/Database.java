package org.huzhu.server.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's database, SQLite or PostgreSQL, with one Flyway-managed schema ({@code db/server}, SQL both accept).
 * One connection at a time does all the work and callers are serialised on it; its prepared statements are kept for
 * reuse ({@link StatementCache}, one per connection).
 *
 * <p>Every transaction is serialised with every other on the same database, whichever process runs it (ADR 0023): the
 * business rules read, judge, then write, which is only right if nothing else writes in between. SQLite does that by
 * itself (every transaction begins {@code IMMEDIATE}, taking the file's write lock). On PostgreSQL, where several
 * server nodes may share one database, each transaction begins by locking the one {@code change_counter} row
 * ({@link #WRITE_ORDER}), the row nearly every accepted transaction updates anyway; so the rules see what every
 * transaction committed before theirs, and snapshot versions are handed out and committed in the same order. A
 * transaction that PostgreSQL still aborts for a conflict (a serialisation failure, a deadlock, a unique key another
 * transaction took first) had no effect and is run again ({@link Conflicts}).
 *
 * <p>The connection is not assumed to live for ever: when a transaction fails because it broke
 * ({@link BrokenConnections}: PostgreSQL restarted, a backend was terminated, the SQLite file hit an I/O error), it is
 * closed and a fresh one is opened on the next use, so the server recovers by itself. Thread-safe; blocking.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String MIGRATIONS = "classpath:db/server";
    /** The cheapest query that still reads the schema (and, for SQLite, the file), for {@link #isReachable}. */
    private static final String PROBE = "SELECT id FROM change_counter WHERE id = 1";
    /**
     * Taken first in every PostgreSQL transaction, held until it ends: the cluster-wide order of transactions (see
     * above). A row lock, not an advisory one, because it is the lock the version counter's update takes anyway.
     */
    static final String WRITE_ORDER = "SELECT id FROM change_counter WHERE id = 1 FOR UPDATE";

    private final StoreTarget target;
    private final Connector connector;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection; // guarded by lock; null once dropped, until the next use opens another
    private StatementCache statements; // guarded by lock; belongs to connection
    private boolean closed; // guarded by lock

    Database(StoreTarget target, Connector connector) throws StorageException {
        this.target = target;
        this.connector = connector;
        lock.lock();
        try {
            connection(); // fail at start, not at the first request
        } finally {
            lock.unlock();
        }
    }

    /** Opens the database (creating an SQLite file owner-only if absent) and brings the schema up to date. */
    public static Database open(StoreTarget target) throws StorageException {
        if (target instanceof StoreTarget.Sqlite sqlite) {
            createOwnerOnly(sqlite.file());
        }
        migrate(target);
        return new Database(target, Connector.of(target));
    }

    /** Opens an existing SQLite file only (for commands that must not create one by accident). */
    public static Database openExisting(StoreTarget target) throws StorageException {
        if (target instanceof StoreTarget.Sqlite sqlite && !Files.isRegularFile(sqlite.file())) {
            throw new StorageException("no database at " + sqlite.file(), null);
        }
        return open(target);
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

    /**
     * Runs {@code work} in one transaction: committed when this returns, rolled back if it throws. If the connection
     * breaks before the commit is sent, nothing was committed, so {@code work} runs once more on a fresh connection;
     * it must therefore have no effect outside the connection it is given. If it breaks during the commit, whether
     * the transaction committed is unknown: the failure is reported, for the client to retry (ingest de-duplicates).
     *
     * @throws StorageException the database failed or cannot be reached; the connection is renewed on the next call
     */
    public <T> T inTransaction(SqlWork<T> work) throws StorageException {
        lock.lock();
        try {
            try {
                return attemptUntilNoConflict(work);
            } catch (BrokenConnection broken) {
                if (broken.maybeCommitted) {
                    throw unavailable(broken.getCause());
                }
                LOG.warn("The connection to {} broke before its transaction committed ({}); retrying once on a new "
                        + "connection", target.describe(), broken.getCause().getMessage());
            }
            try {
                return attemptUntilNoConflict(work);
            } catch (BrokenConnection again) {
                throw unavailable(again.getCause());
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@link #attempt}, again while PostgreSQL aborts it for a conflict with a concurrent transaction: an aborted
     * transaction changed nothing, and {@code work} may run again (see {@link #inTransaction}).
     */
    private <T> T attemptUntilNoConflict(SqlWork<T> work) throws StorageException, BrokenConnection {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(work);
            } catch (Conflicts.Conflict conflict) {
                if (attempt == Conflicts.MAX_ATTEMPTS) {
                    throw new StorageException("database transaction on " + target.describe() + " conflicted with "
                            + "others " + attempt + " times (" + conflict.getMessage() + ")", conflict.getCause());
                }
                LOG.debug("Transaction on {} conflicted with another ({}); running it again", target.describe(),
                        conflict.getMessage());
                Conflicts.pause(attempt);
            }
        }
    }

    private <T> T attempt(SqlWork<T> work) throws StorageException, BrokenConnection, Conflicts.Conflict {
        Connection current = connection();
        boolean committing = false;
        T result;
        try {
            current.setAutoCommit(false);
            if (target instanceof StoreTarget.Postgres) {
                takeWriteOrder(statements.connection());
            }
            result = work.run(statements.connection());
            committing = true;
            current.commit();
        } catch (SQLException e) {
            rollBack(current, e);
            // A broken connection is dropped first, so that the next use opens a new one.
            if (dropIfBroken(current, e)) {
                throw new BrokenConnection(e, committing);
            }
            if (target instanceof StoreTarget.Postgres && Conflicts.isConflict(e)) {
                throw new Conflicts.Conflict(e);
            }
            throw new StorageException("database transaction failed on " + target.describe() + " ("
                    + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            rollBack(current, e);
            throw e;
        }
        // Committed: a failure from here on does not undo it, so it must not turn the answer into a failure.
        try {
            current.setAutoCommit(true);
        } catch (SQLException e) {
            dropIfBroken(current, e);
        }
        return result;
    }

    private static void takeWriteOrder(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(WRITE_ORDER);
             ResultSet row = lock.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("change_counter has no row: the schema was not migrated");
            }
        }
    }

    private void rollBack(Connection current, Exception cause) {
        try {
            current.rollback();
            current.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e); // the broken-connection check that follows decides what it means
        }
    }

    /**
     * Whether the database answers a trivial query within {@code timeout}, waiting at most that long for a
     * transaction in progress. A connection found broken is replaced and asked once more, as for a transaction. For
     * the health check.
     */
    public boolean isReachable(Duration timeout) {
        try {
            if (!lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            boolean hadConnection = connection != null;
            // Asked again only if this probe dropped a broken connection; not to try a failed connect twice.
            return probe(timeout) || hadConnection && connection == null && probe(timeout);
        } finally {
            lock.unlock();
        }
    }

    /** One health query; false if it failed (and the connection was dropped if that broke it). Under the lock. */
    private boolean probe(Duration timeout) {
        Connection current;
        try {
            current = connection();
        } catch (StorageException e) {
            return false; // logged where the connection could not be opened
        }
        try (Statement query = current.createStatement()) {
            query.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            query.executeQuery(PROBE).close();
            return true;
        } catch (SQLException e) {
            LOG.debug("Health probe of {} failed", target.describe(), e);
            dropIfBroken(current, e);
            return false;
        }
    }

    /** The open connection, opening one (with a new statement cache) if there is none. Under the lock. */
    private Connection connection() throws StorageException {
        if (closed) {
            throw new StorageException("the database " + target.describe() + " is closed", null);
        }
        if (connection == null) {
            boolean reconnecting = statements != null;
            try {
                connection = connector.open();
            } catch (SQLException e) {
                LOG.warn("Cannot connect to {}: {}", target.describe(), e.getMessage());
                throw new StorageException("cannot open the database " + target.describe() + " (" + e.getMessage()
                        + ")", e);
            }
            statements = new StatementCache(connection);
            if (reconnecting) {
                LOG.info("Connected to {} again", target.describe());
            }
        }
        return connection;
    }

    /** Drops {@code current} if {@code failure} broke it; true if it did. Under the lock. */
    private boolean dropIfBroken(Connection current, SQLException failure) {
        if (current != connection || !BrokenConnections.isBroken(target, current, failure)) {
            return false;
        }
        LOG.warn("The connection to {} is broken ({}); a new one is opened on the next use", target.describe(),
                failure.getMessage());
        try (current) {
            statements.close();
        } catch (SQLException e) {
            LOG.debug("Closing the broken connection failed too", e);
        }
        connection = null;
        return true;
    }

    private StorageException unavailable(Throwable cause) {
        return new StorageException("the connection to " + target.describe() + " broke (" + cause.getMessage() + ")",
                cause);
    }

    public StoreTarget target() {
        return target;
    }

    @Override
    public void close() throws StorageException {
        lock.lock();
        try {
            closed = true;
            if (connection != null) {
                try (Connection last = connection) {
                    statements.close();
                } finally {
                    connection = null;
                }
            }
        } catch (SQLException e) {
            throw new StorageException("cannot close " + target.describe(), e);
        } finally {
            lock.unlock();
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

    /** A transaction failed because its connection broke; {@code maybeCommitted} if that happened during commit. */
    private static final class BrokenConnection extends Exception {

        final boolean maybeCommitted;

        BrokenConnection(SQLException cause, boolean maybeCommitted) {
            super(cause.getMessage(), cause);
            this.maybeCommitted = maybeCommitted;
        }
    }
}
