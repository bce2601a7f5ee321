package org.huzhu.kiosk.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the database inside one SQLite transaction. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
