package org.huzhu.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.huzhu.server.testsupport.PostgresCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transactions on one PostgreSQL database run one after another whichever process (node) runs them, and one that
 * PostgreSQL aborts for a conflict with another runs again (ADR 0023). Two real {@link Database}s on one real database.
 */
class DatabaseWriteOrderTest {

    @TempDir
    Path folder;

    @Test
    void aTransactionOnAnotherNodeWaitsUntilTheOneInProgressHasEnded() throws Exception {
        StoreTarget.Postgres target = PostgresCluster.get().newDatabase();
        try (Database one = Database.open(target); Database other = Database.open(target)) {
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> run(one, connection -> {
                long version = Versions.next(connection);
                inside.countDown();
                release.await(10, TimeUnit.SECONDS);
                return version;
            }));
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            // It only reads before it writes: without the write order it would not wait, and read a stale version.
            CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> run(other, Versions::current));

            Thread.sleep(300);
            assertThat(second).as("waits while the first is in progress").isNotDone();
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(second.get(10, TimeUnit.SECONDS)).as("sees what the first committed").isEqualTo(1);
        }
    }

    @Test
    void aUniqueKeyTakenByAConcurrentTransactionIsAConflictAndTheWorkRunsAgain() throws Exception {
        try (Database database = Database.open(PostgresCluster.get().newDatabase())) {
            AtomicInteger runs = new AtomicInteger();

            long version = database.inTransaction(connection -> {
                if (runs.incrementAndGet() == 1) {
                    throw new SQLException("duplicate key value violates unique constraint", "23505");
                }
                return Versions.next(connection);
            });

            assertThat(version).isEqualTo(1);
            assertThat(runs).hasValue(2);
        }
    }

    @Test
    void aConflictThatComesBackEveryTimeIsReportedAfterAFewAttempts() throws Exception {
        try (Database database = Database.open(PostgresCluster.get().newDatabase())) {
            AtomicInteger runs = new AtomicInteger();

            assertThatThrownBy(() -> database.inTransaction(connection -> {
                Versions.next(connection);
                runs.incrementAndGet();
                throw new SQLException("could not serialize access", "40001");
            })).isInstanceOf(StorageException.class).hasMessageContaining("conflicted");

            assertThat(runs).hasValue(Conflicts.MAX_ATTEMPTS);
            assertThat(database.inTransaction(Versions::current)).as("nothing of it committed").isZero();
        }
    }

    @Test
    void onSqliteAUniqueKeyFailureIsAFailureAsBefore() throws Exception {
        try (Database database = Database.open(new StoreTarget.Sqlite(folder.resolve("server.db")))) {
            AtomicInteger runs = new AtomicInteger();

            assertThatThrownBy(() -> database.inTransaction(connection -> {
                runs.incrementAndGet();
                throw new SQLException("UNIQUE constraint failed", "23505");
            })).isInstanceOf(StorageException.class);

            assertThat(runs).as("one writer: nothing to wait for").hasValue(1);
        }
    }

    private static <T> T run(Database database, Work<T> work) {
        try {
            return database.inTransaction(connection -> {
                try {
                    return work.run(connection);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted", e);
                }
            });
        } catch (StorageException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link SqlWork} that may also wait. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException, InterruptedException;
    }
}
