package org.huzhu.server.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/** Serves snapshots and records that it did (the offline policy counts from then). Thread-safe; blocking. */
public final class SnapshotService {

    private final Database database;
    private final Snapshot.Limits limits;
    private final Clock clock;

    public SnapshotService(Database database, Snapshot.Limits limits, Clock clock) {
        this.database = database;
        this.limits = limits;
        this.clock = clock;
    }

    /** Changes after version {@code since} (0 for everything) for {@code kioskId}. */
    public Snapshot serve(String kioskId, long since) throws StorageException {
        Instant generatedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return database.inTransaction(connection -> {
            Snapshot snapshot = Snapshots.read(connection, since, limits, generatedAt);
            Snapshots.recordServed(connection, kioskId, generatedAt, snapshot.version());
            return snapshot;
        });
    }
}
