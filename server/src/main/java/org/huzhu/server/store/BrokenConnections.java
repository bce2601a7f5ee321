package org.huzhu.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a connection that cannot be used again from an SQL error it merely reported: a broken one is dropped and a
 * fresh one opened on the next use, so a database that restarted or a file that came back does not keep the server
 * answering 503 until it is restarted. Stateless.
 */
final class BrokenConnections {

    /** PostgreSQL: the server shut down or crashed (57P01, 57P02) or is starting up (57P03). */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");
    /** SQLite primary result codes after which the file is not what the connection opened: I/O, moved, corrupt. */
    private static final Set<Integer> SQLITE_FILE_GONE = Set.of(8 /* READONLY, DBMOVED included */, 10 /* IOERR */,
            11 /* CORRUPT */, 14 /* CANTOPEN */, 26 /* NOTADB */);
    private static final int VALIDITY_TIMEOUT_SECONDS = 2;

    private BrokenConnections() {
    }

    /** Whether {@code connection}, which just failed with {@code failure}, must be replaced. */
    static boolean isBroken(StoreTarget target, Connection connection, SQLException failure) {
        for (SQLException e = failure; e != null; e = e.getNextException()) {
            String state = e.getSQLState();
            if (state != null && (state.startsWith("08") || SERVER_GONE.contains(state))) {
                return true;
            }
            if (target instanceof StoreTarget.Sqlite && SQLITE_FILE_GONE.contains(e.getErrorCode())) {
                return true;
            }
        }
        try {
            return connection.isClosed() || !connection.isValid(VALIDITY_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return true;
        }
    }
}
