package org.huzhu.kiosk.journal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    /** The longest the key store waits to start loading (for a first screen that never comes, e.g. no display). */
    public static final Duration KEY_PATIENCE = Duration.ofSeconds(3);

    /**
     * Opens (creating if absent) the database and key store; blocking until both are open (the two open side by
     * side). Closes the database if the key cannot be used.
     */
    public static OpenJournal open(Path databaseFile, char[] passphrase, SignatureSuite suite, Clock clock)
            throws StorageException, KeyStoreException, JournalException {
        OpenJournal open = openWhileKeyLoads(databaseFile, passphrase, suite, clock,
                CompletableFuture.completedFuture(null));
        try {
            open.journal().awaitIdentity();
        } catch (KeyStoreException | JournalException | RuntimeException e) {
            open.close();
            throw e;
        }
        return open;
    }

    /**
     * Opens (creating if absent) the database now and the key store on a thread of its own once {@code loadAfter}
     * completes (or {@link #KEY_PATIENCE} has passed); returns as soon as the database is open. The key store's PKCS#12
     * key derivation runs 100,000 rounds, a few hundred milliseconds of CPU that the kiosk's first screen should
     * neither wait for nor share its two cores with (fast start, ADR 0020): the kiosk passes "first screen shown".
     * {@link Journal#awaitIdentity()} says whether the key opened; the caller closes this in any case.
     */
    public static OpenJournal openWhileKeyLoads(Path databaseFile, char[] passphrase, SignatureSuite suite,
            Clock clock, CompletionStage<?> loadAfter) throws StorageException {
        CompletableFuture<KioskIdentity> keys = new CompletableFuture<>();
        Thread.ofPlatform().name("key-store").daemon(true).start(() -> {
            awaitQuietly(loadAfter);
            try {
                keys.complete(KioskKeyStore.loadOrCreate(keyStoreFor(databaseFile), passphrase, suite));
            } catch (KeyStoreException | RuntimeException e) {
                keys.completeExceptionally(e);
            }
        });
        Database database = Database.open(databaseFile);
        try {
            return new OpenJournal(database, Journal.openWhileKeyLoads(database, keys, clock),
                    new Outbox(database, clock));
        } catch (StorageException e) {
            database.close();
            throw e;
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

    /** Waits for {@code stage} to complete, however it does, for at most {@link #KEY_PATIENCE}. */
    private static void awaitQuietly(CompletionStage<?> stage) {
        try {
            stage.toCompletableFuture().get(KEY_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the key is loaded all the same: nothing else may hold it back for longer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
