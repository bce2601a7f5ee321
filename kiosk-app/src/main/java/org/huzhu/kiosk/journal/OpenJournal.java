package org.huzhu.kiosk.journal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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

    /**
     * Opens (creating if absent) the database and key store; blocking. The two open side by side: at start-up each
     * takes a few hundred milliseconds (the key store's PKCS#12 key derivation runs 100,000 rounds; the database loads
     * SQLite's native library), and the kiosk's first screen waits for both (fast start, ADR 0020).
     */
    public static OpenJournal open(Path databaseFile, char[] passphrase, SignatureSuite suite, Clock clock)
            throws StorageException, KeyStoreException, JournalException {
        FutureTask<KioskIdentity> identity = new FutureTask<>(
                () -> KioskKeyStore.loadOrCreate(keyStoreFor(databaseFile), passphrase, suite));
        Thread.ofPlatform().name("key-store").daemon(true).start(identity);
        Database database = Database.open(databaseFile);
        KioskIdentity keys;
        try {
            keys = awaitKeys(identity, databaseFile);
        } catch (KeyStoreException | RuntimeException e) {
            database.close();
            throw e;
        }
        return open(database, keys, clock);
    }

    private static KioskIdentity awaitKeys(FutureTask<KioskIdentity> identity, Path databaseFile)
            throws KeyStoreException {
        try {
            return identity.get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case KeyStoreException keys -> throw keys;
                case RuntimeException unchecked -> throw unchecked;
                case Error error -> throw error;
                default -> throw new IllegalStateException("opening the key store failed", e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyStoreException(keyStoreFor(databaseFile), "was not opened: the start was interrupted", e);
        }
    }

    /** Opens a kiosk database whose key store already exists (operators' commands: nothing new is created). */
    public static OpenJournal openExisting(Path databaseFile, char[] passphrase, Clock clock)
            throws StorageException, KeyStoreException, JournalException {
        Path keyStore = keyStoreFor(databaseFile);
        if (!java.nio.file.Files.exists(keyStore) || !java.nio.file.Files.exists(databaseFile)) {
            throw new KeyStoreException(keyStore, "no kiosk journal and key here (expected " + databaseFile.getFileName()
                    + " and " + keyStore.getFileName() + ")");
        }
        return open(databaseFile, KioskKeyStore.load(keyStore, passphrase), clock);
    }

    private static OpenJournal open(Path databaseFile, KioskIdentity identity, Clock clock)
            throws StorageException, JournalException {
        return open(Database.open(databaseFile), identity, clock);
    }

    /** The journal and outbox on an open database; closes it if they cannot be opened. */
    private static OpenJournal open(Database database, KioskIdentity identity, Clock clock)
            throws StorageException, JournalException {
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
