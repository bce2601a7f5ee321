package org.huzhu.server.app;

import java.util.List;
import org.huzhu.server.ingest.TransactionRecords;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.kiosk.Kiosks;
import org.huzhu.server.ledger.Ledger;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * What {@code stats} prints: the kiosks, transactions by verdict, and the ledger's sum over all entries and over the
 * cached balances (both must be 0, in minutes).
 */
public record Stats(List<KioskRecord> kiosks, long accepted, long rejected, long ledgerSum, long balanceSum) {

    public static Stats read(Database database) throws StorageException {
        return database.inTransaction(connection -> new Stats(Kiosks.all(connection),
                TransactionRecords.count(connection, "accepted"), TransactionRecords.count(connection, "rejected"),
                Ledger.sum(connection), Ledger.balanceSum(connection)));
    }

    public boolean balanced() {
        return ledgerSum == 0 && balanceSum == 0;
    }
}
