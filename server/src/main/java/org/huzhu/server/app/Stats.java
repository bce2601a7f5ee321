package org.huzhu.server.app;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.huzhu.server.ingest.TransactionRecords;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.kiosk.Kiosks;
import org.huzhu.server.ledger.Ledger;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * What {@code stats} prints: the kiosks, transactions by verdict, the ledger's sum over all entries and over the
 * cached balances (both must be 0, in minutes), and the two counts the business rules keep at 0 however many nodes
 * ingest at once (issue 16, ADR 0023): slots booked beyond their capacity, and residents' balances below the hard limit.
 */
public record Stats(List<KioskRecord> kiosks, long accepted, long rejected, long ledgerSum, long balanceSum,
        long slotsOverCapacity, long balancesBelowLimit) {

    /** As above, with {@code limits}' hard limit: the one the server ingests with. */
    public static Stats read(Database database, LedgerLimits limits) throws StorageException {
        return database.inTransaction(connection -> new Stats(Kiosks.all(connection),
                TransactionRecords.count(connection, "accepted"), TransactionRecords.count(connection, "rejected"),
                Ledger.sum(connection), Ledger.balanceSum(connection), count(connection,
                        "SELECT COUNT(*) FROM slot WHERE booked > capacity"),
                count(connection, "SELECT COUNT(*) FROM account WHERE account_id LIKE 'resident:%' AND balance < "
                        + -limits.overdraftMinutes())));
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The ledger sums to 0 and no rule was broken. */
    public boolean consistent() {
        return ledgerSum == 0 && balanceSum == 0 && slotsOverCapacity == 0 && balancesBelowLimit == 0;
    }
}
