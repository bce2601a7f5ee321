package org.huzhu.kiosk.community;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;

/** How many recorded actions still wait for the server's answer: what the home screen reassures residents about. */
public final class Deliveries {

    private final Database database;

    Deliveries(Database database) {
        this.database = database;
    }

    /** Transactions recorded here that the server has not answered yet (pending or sent). Blocking. */
    public long waiting() throws StorageException {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'sent')");
                    ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
