package org.huzhu.kiosk.health;

import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Whether the journal's database can still be written ({@link Database#probeWritable()}): failing if not. */
final class JournalCheck implements HealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(JournalCheck.class);

    private final Database database;

    JournalCheck(Database database) {
        this.database = database;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.JOURNAL;
    }

    @Override
    public CheckResult check() {
        try {
            database.probeWritable();
            return CheckResult.ok(kind(), "health.reason.journal.ok");
        } catch (StorageException e) {
            LOG.debug("Journal probe: {}", e.getMessage());
            return CheckResult.failing(kind(), "health.reason.journal.readOnly");
        }
    }
}
