package org.huzhu.kiosk.journal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The state change a transaction records (a booking row, a balance entry), written in the same SQLite transaction as
 * the journal row, so either both are on disk or neither is.
 */
@FunctionalInterface
public interface BusinessChange {

    /** Nothing beyond the journal row itself (sample data, pure records). */
    BusinessChange NONE = (connection, sequence) -> { };

    /**
     * @param sequence the journal sequence number the transaction will get, so local rows can point at it
     */
    void apply(Connection connection, long sequence) throws SQLException;
}
