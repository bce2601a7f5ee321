package org.huzhu.kiosk.journal;

import java.nio.file.Path;
import java.time.Clock;
import org.huzhu.kiosk.identity.KeyStoreException;
import org.huzhu.kiosk.identity.KioskIdentity;
import org.huzhu.kiosk.identity.KioskKeyStore;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.crypto.SignatureSuite;

/**
 * A kiosk database opened with its key: the journal to append to and the outbox to deliver from. The key store lives
 * beside the database: {@code kiosk.db} → {@code kiosk-key.p12}.
 */
public record OpenJournal(Database database, Journal journal, Outbox outbox) implements AutoCloseable {

    /** Opens (creating if absent) the database and key store; blocking. */
    public static OpenJournal open(Path databaseFile, char[] passphrase, SignatureSuite suite, Clock clock)
            throws StorageException, KeyStoreException, JournalException {
        KioskIdentity identity = KioskKeyStore.loadOrCreate(keyStoreFor(databaseFile), passphrase, suite);
        Database database = Database.open(databaseFile);
        try {
            return new OpenJournal(database, Journal.open(database, identity, clock), new Outbox(database, clock));
        } catch (StorageException | JournalException e) {
            database.close();
            throw e;
        }
    }

    public static Path keyStoreFor(Path databaseFile) {
        String name = databaseFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return databaseFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-key.p12");
    }

    /** Finishes every queued append, then closes the database. */
    @Override
    public void close() throws StorageException {
        journal.close();
        database.close();
    }
}
