package org.huzhu.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.server.testsupport.Stores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Statements reused through the database's connection behave like fresh ones, on SQLite and PostgreSQL. */
class StatementCacheTest {

    private static final String INSERT = "INSERT INTO request_nonce (kiosk_id, nonce, expires_at) VALUES (?, ?, ?)";
    private static final String BY_KIOSK = "SELECT nonce FROM request_nonce WHERE kiosk_id = ? ORDER BY nonce";

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void aReusedStatementStartsWithoutTheParametersOrBatchOfItsLastUse(Stores store) throws Exception {
        try (Database database = Database.open(store.create(folder))) {
            database.inTransaction(connection -> {
                insert(connection, "K-1", "a");
                insert(connection, "K-1", "b");
                try (PreparedStatement abandoned = connection.prepareStatement(INSERT)) {
                    abandoned.setString(1, "K-1");
                    abandoned.setString(2, "never");
                    abandoned.setLong(3, 1);
                    abandoned.addBatch(); // closed before it ran: must not run with the next caller's batch
                }
                try (PreparedStatement next = connection.prepareStatement(INSERT)) {
                    next.setString(1, "K-2");
                    next.setString(2, "c");
                    next.setLong(3, 1);
                    next.addBatch();
                    next.executeBatch();
                }
                return null;
            });

            List<String> first = database.inTransaction(connection -> nonces(connection, "K-1"));
            List<String> second = database.inTransaction(connection -> nonces(connection, "K-2"));
            assertThat(first).containsExactly("a", "b");
            assertThat(second).containsExactly("c");
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void theSameQueryRunsAgainWhileItsFirstResultIsStillOpen(Stores store) throws Exception {
        try (Database database = Database.open(store.create(folder))) {
            List<String> pairs = database.inTransaction(connection -> {
                insert(connection, "K-1", "a");
                insert(connection, "K-1", "b");
                insert(connection, "K-2", "c");
                List<String> found = new ArrayList<>();
                try (PreparedStatement outer = connection.prepareStatement(BY_KIOSK)) {
                    outer.setString(1, "K-1");
                    try (ResultSet rows = outer.executeQuery()) {
                        while (rows.next()) {
                            found.add(rows.getString(1) + nonces(connection, "K-2"));
                        }
                    }
                    assertThat(outer.isClosed()).isFalse();
                }
                return found;
            });

            assertThat(pairs).containsExactly("a[c]", "b[c]");
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void aRolledBackTransactionLeavesTheStatementsUsable(Stores store) throws Exception {
        try (Database database = Database.open(store.create(folder))) {
            database.inTransaction(connection -> insert(connection, "K-1", "a"));
            assertThatThrownBy(() -> database.inTransaction(connection -> {
                insert(connection, "K-1", "b");
                return insert(connection, "K-1", "a"); // duplicate key: the transaction rolls back
            })).isInstanceOf(StorageException.class);
            database.inTransaction(connection -> insert(connection, "K-1", "c"));

            List<String> stored = database.inTransaction(connection -> nonces(connection, "K-1"));
            assertThat(stored).containsExactly("a", "c");
        }
    }

    private static int insert(Connection connection, String kiosk, String nonce) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, kiosk);
            insert.setString(2, nonce);
            insert.setLong(3, 1);
            return insert.executeUpdate();
        }
    }

    private static List<String> nonces(Connection connection, String kiosk) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(BY_KIOSK)) {
            query.setString(1, kiosk);
            List<String> nonces = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    nonces.add(rows.getString(1));
                }
            }
            return nonces;
        }
    }
}
