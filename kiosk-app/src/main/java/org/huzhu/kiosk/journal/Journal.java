package org.huzhu.kiosk.journal;

import com.github.f4b6a3.uuid.UuidCreator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.huzhu.kiosk.identity.KeyStoreException;
import org.huzhu.kiosk.identity.KioskIdentity;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.Authorisation;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.TransactionType;
import org.huzhu.protocol.UnsignedTransaction;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.payload.Payload;

/**
 * The kiosk's signed, hash-chained transaction journal.
 *
 * <p>One writer thread ({@code journal-writer}) does all appending. It takes every append waiting in its queue (up to
 * {@link #MAX_BATCH}) into one SQLite transaction: for each, in order, the business change, then the signed journal
 * row and its outbox row, under a savepoint, so a failing business change is rolled back alone and takes no sequence
 * number. One commit (one fsync) then makes the whole group durable, and only then does each caller's future
 * complete: "done" on screen always means "on disk". Sequence numbers have no gaps; the head advances only after a
 * commit. Thread-safe.
 *
 * <p>At a kiosk's start the journal opens before its key does ({@link #openWhileKeyLoads}): the key store's key
 * derivation takes several hundred milliseconds, and the first screen need not wait for it (fast start, ADR 0020).
 * Appends queue meanwhile, and the writer signs them once the key is there; {@link #identity()} waits for it.
 */
public final class Journal implements AutoCloseable {

    static final String META_KIOSK_ID = "kiosk_id";
    static final String META_SUITE = "suite";
    static final String META_PUBLIC_KEY = "public_key";
    /** At most this many appends share one commit, bounding how long the first of them waits. */
    static final int MAX_BATCH = 64;

    /** One transaction of a {@link #recordAsync record}: what it says and the state change it makes. */
    public record Step(Payload payload, BusinessChange change) {
    }

    /**
     * A step ready for the writer. A staff-authorised step has its id and time fixed before the card signs them;
     * any other gets both when it is written ({@code id} null).
     */
    private record Prepared(Step step, UUID id, Instant createdAt, List<Authorisation> authorisations) {

        static Prepared unauthorised(Step step) {
            return new Prepared(step, null, null, List.of());
        }
    }

    private record Request(List<Prepared> steps, Actor actor, CompletableFuture<List<Transaction>> result) {
    }

    private static final Request STOP = new Request(List.of(), null, null);

    private final Database database;
    /** The key, once loaded and checked against the database's owner; failed if either went wrong. */
    private final CompletableFuture<KioskIdentity> identity;
    private final Clock clock;
    private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    /** Guards {@link #closed} together with adding to the queue, so no request slips in after the writer's last look. */
    private final Object admission = new Object();
    private final Thread writer;
    private boolean closed;
    private volatile long headSequence;
    private volatile String headHash;

    private Journal(Database database, CompletableFuture<KioskIdentity> identity, Clock clock, long headSequence,
            String headHash) {
        this.database = database;
        this.identity = identity;
        this.clock = clock;
        this.headSequence = headSequence;
        this.headHash = headHash;
        this.writer = Thread.ofPlatform().name("journal-writer").daemon().start(this::writeLoop);
    }

    /** Binds the database to this identity on first use; refuses a database that belongs to another kiosk. */
    public static Journal open(Database database, KioskIdentity identity, Clock clock)
            throws StorageException, JournalException {
        bind(database, identity);
        Head head = database.inTransaction(Journal::readHead);
        return new Journal(database, CompletableFuture.completedFuture(identity), clock, head.sequence(), head.hash());
    }

    /**
     * The journal of {@code database} while its key still loads: {@code keys} completes with it (or fails with a
     * {@link KeyStoreException}). The key is bound to the database as in {@link #open} when
     * it arrives, on the thread that completes {@code keys}; {@link #awaitIdentity()} reports what went wrong.
     */
    public static Journal openWhileKeyLoads(Database database, CompletableFuture<KioskIdentity> keys, Clock clock)
            throws StorageException {
        Head head = database.inTransaction(Journal::readHead);
        CompletableFuture<KioskIdentity> bound = keys.thenApply(identity -> {
            try {
                bind(database, identity);
                return identity;
            } catch (StorageException | JournalException e) {
                throw new CompletionException(e);
            }
        });
        return new Journal(database, bound, clock, head.sequence(), head.hash());
    }

    private static void bind(Database database, KioskIdentity identity) throws StorageException, JournalException {
        Map<String, String> expected = Map.of(
                META_KIOSK_ID, identity.kioskId(),
                META_SUITE, identity.suite().id(),
                META_PUBLIC_KEY, Base64.getEncoder().encodeToString(identity.publicKey().getEncoded()));
        Map<String, String> stored = database.inTransaction(connection -> {
            Map<String, String> meta = readMeta(connection);
            if (meta.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO kiosk_meta (key, value) VALUES (?, ?)")) {
                    for (Map.Entry<String, String> entry : expected.entrySet()) {
                        insert.setString(1, entry.getKey());
                        insert.setString(2, entry.getValue());
                        insert.executeUpdate();
                    }
                }
                return expected;
            }
            return meta;
        });
        if (!stored.equals(expected)) {
            throw new JournalException(database.file() + " holds the journal of kiosk " + stored.get(META_KIOSK_ID)
                    + " (" + stored.get(META_SUITE) + "), not of this kiosk " + identity.kioskId()
                    + "; use that kiosk's key store or another database");
        }
    }

    /**
     * Queues {@code payload} with {@code change}; the future completes with the signed transaction once it is
     * committed, or with a {@link JournalException} if it was not recorded. For the UI: never blocks the caller.
     */
    public CompletableFuture<Transaction> appendAsync(Payload payload, Actor actor, BusinessChange change) {
        return recordAsync(List.of(new Step(payload, change)), actor).thenApply(List::getFirst);
    }

    /**
     * Queues several transactions that stand or fall together (a booking and the minutes redeemed for it): they get
     * consecutive sequence numbers in one commit, or, if any step's change fails, none is recorded.
     */
    public CompletableFuture<List<Transaction>> recordAsync(List<Step> steps, Actor actor) {
        return enqueue(steps.stream().map(Prepared::unauthorised).toList(), actor);
    }

    private CompletableFuture<List<Transaction>> enqueue(List<Prepared> steps, Actor actor) {
        CompletableFuture<List<Transaction>> result = new CompletableFuture<>();
        if (steps.isEmpty()) {
            result.completeExceptionally(new JournalException("nothing to record"));
            return result;
        }
        synchronized (admission) {
            if (closed) {
                result.completeExceptionally(new JournalException("the journal is closed"));
            } else {
                queue.add(new Request(List.copyOf(steps), actor, result));
            }
        }
        return result;
    }

    /** Blocking form of {@link #recordAsync}. Never call on the FX thread. */
    public List<Transaction> record(List<Step> steps, Actor actor) throws JournalException {
        return await(recordAsync(steps, actor));
    }

    /**
     * Records {@code steps} as staff actions: each transaction's id and time are fixed first, the staff card signs its
     * authorised content ({@code authoriser}), and then they are recorded like {@link #record}, all or none. Blocks on
     * the card and the commit: never call on the FX thread.
     *
     * @throws JournalException the card did not sign (nothing recorded) or the commit failed
     */
    public List<Transaction> recordAuthorised(List<Step> steps, Actor actor, StaffAuthoriser authoriser)
            throws JournalException {
        List<Prepared> prepared = new ArrayList<>(steps.size());
        for (Step step : steps) {
            UUID id = UuidCreator.getTimeOrderedEpoch();
            Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Authorisation authorisation = authoriser.authorise(TransactionCodec.authorisedContent(id,
                    identity().kioskId(), createdAt, actor, step.payload()));
            prepared.add(new Prepared(step, id, createdAt, List.of(authorisation)));
        }
        return await(enqueue(prepared, actor));
    }

    /** Blocking form of {@link #appendAsync}: returns only after the commit. Never call on the FX thread. */
    public Transaction append(Payload payload, Actor actor, BusinessChange change) throws JournalException {
        return await(appendAsync(payload, actor, change));
    }

    private static <T> T await(CompletableFuture<T> future) throws JournalException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof JournalException journal ? journal
                    : new JournalException("not recorded: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalException("interrupted while waiting for the commit; the transaction may still be recorded", e);
        }
    }

    /** The sequence number of the last committed transaction (0 when empty). */
    public long headSequence() {
        return headSequence;
    }

    /**
     * This kiosk's key; waits for it while it loads (at start-up). Never call on the FX thread.
     *
     * @throws KeyUnavailableException the key store could not be opened, or holds another kiosk's key
     */
    public KioskIdentity identity() {
        try {
            return awaitIdentity();
        } catch (KeyStoreException | JournalException e) {
            throw new KeyUnavailableException(e);
        }
    }

    /** As {@link #identity()}, with the reason the key is unavailable as it was raised. */
    public KioskIdentity awaitIdentity() throws KeyStoreException, JournalException {
        try {
            return identity.get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case KeyStoreException keys -> throw keys;
                case JournalException journal -> throw journal;
                case StorageException storage -> throw new JournalException("the journal cannot be bound to this "
                        + "kiosk's key (" + storage.getMessage() + ")", storage);
                case RuntimeException unchecked -> throw unchecked;
                case Error error -> throw error;
                default -> throw new IllegalStateException("opening the key failed", e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalException("interrupted while waiting for this kiosk's key", e);
        }
    }

    /**
     * Stops taking appends, lets the writer finish every queued one, and waits for it; and for the key, if it still
     * loads: on a first start it is being created and bound to the database, which must not close under it.
     */
    @Override
    public void close() {
        synchronized (admission) {
            if (!closed) {
                closed = true;
                queue.add(STOP);
            }
        }
        try {
            writer.join();
            identity.handle((key, failure) -> key).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("handle() completes normally", e);
        }
    }

    private void writeLoop() {
        List<Request> batch = new ArrayList<>(MAX_BATCH);
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                boolean stop = batch.remove(STOP);
                if (!batch.isEmpty()) {
                    commit(batch);
                }
                batch.clear();
                if (stop) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // only close() should end the writer; treat this like a stop
        } finally {
            // Reached after close(), or when an Error escaped a commit (the thread's handler logs it). Either way no
            // caller may wait for ever: fail whatever is in flight or queued, and refuse new appends.
            synchronized (admission) {
                closed = true;
            }
            JournalException stopped = new JournalException("not recorded: the journal writer has stopped (see the log)");
            batch.forEach(request -> request.result().completeExceptionally(stopped));
            for (Request request = queue.poll(); request != null; request = queue.poll()) {
                if (request != STOP) {
                    request.result().completeExceptionally(stopped);
                }
            }
        }
    }

    /** What happened to one request inside a group. */
    private record Outcome(Request request, List<Transaction> transactions, String hash, JournalException failure) {

        static Outcome failed(Request request, JournalException failure) {
            return new Outcome(request, null, null, failure);
        }
    }

    private void commit(List<Request> batch) {
        KioskIdentity signer;
        try {
            signer = identity(); // before the database transaction: it may wait for the key at start-up
        } catch (KeyUnavailableException e) {
            JournalException failure = new JournalException("not recorded: " + e.getMessage(), e);
            batch.forEach(request -> request.result().completeExceptionally(failure));
            return;
        }
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        Head committed;
        try {
            committed = database.inTransaction(connection -> {
                Head head = new Head(headSequence, headHash);
                for (Request request : batch) {
                    Outcome outcome = write(connection, request, head, signer);
                    outcomes.add(outcome);
                    if (outcome.failure() == null) {
                        head = new Head(outcome.transactions().getLast().sequence(), outcome.hash());
                    }
                }
                return head;
            });
        } catch (StorageException e) {
            JournalException failure = new JournalException("not recorded: the commit failed (" + e.getMessage() + ")", e);
            batch.forEach(request -> request.result().completeExceptionally(failure));
            return;
        }
        headHash = committed.hash();
        headSequence = committed.sequence();
        for (Outcome outcome : outcomes) {
            if (outcome.failure() == null) {
                outcome.request().result().complete(outcome.transactions());
            } else {
                outcome.request().result().completeExceptionally(outcome.failure());
            }
        }
    }

    /** One request under its own savepoint; a failure of one of its business changes undoes that request only. */
    private Outcome write(Connection connection, Request request, Head head, KioskIdentity signer)
            throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        List<Transaction> transactions = new ArrayList<>(request.steps().size());
        for (Prepared prepared : request.steps()) {
            Step step = prepared.step();
            try {
                step.change().apply(connection, head.sequence() + 1);
            } catch (SQLException | RuntimeException e) {
                // A caller's faulty business change must fail that caller only, never the writer or the others.
                return undo(connection, savepoint, request, new JournalException("not recorded: " + e.getMessage(), e));
            }
            Transaction transaction;
            try {
                transaction = sign(prepared, request.actor(), head, signer);
            } catch (KeyMismatchException | IllegalArgumentException e) {
                return undo(connection, savepoint, request,
                        new JournalException("not recorded: cannot sign (" + e.getMessage() + ")", e));
            }
            byte[] envelope = TransactionCodec.encode(transaction);
            String hash = TransactionCodec.hash(envelope, signer.suite());
            insertJournalRow(connection, transaction.body(), envelope, hash);
            Outbox.insertPending(connection, transaction.sequence(), clock);
            transactions.add(transaction);
            head = new Head(transaction.sequence(), hash);
        }
        connection.releaseSavepoint(savepoint);
        return new Outcome(request, List.copyOf(transactions), head.hash(), null);
    }

    private static Outcome undo(Connection connection, Savepoint savepoint, Request request, JournalException failure)
            throws SQLException {
        connection.rollback(savepoint);
        connection.releaseSavepoint(savepoint);
        return Outcome.failed(request, failure);
    }

    private Transaction sign(Prepared prepared, Actor actor, Head head, KioskIdentity identity)
            throws KeyMismatchException {
        Payload payload = prepared.step().payload();
        boolean authorised = prepared.id() != null;
        UnsignedTransaction body = new UnsignedTransaction(
                authorised ? prepared.id() : UuidCreator.getTimeOrderedEpoch(), identity.kioskId(),
                head.sequence() + 1, head.hash(),
                authorised ? prepared.createdAt() : clock.instant().truncatedTo(ChronoUnit.MILLIS),
                TransactionType.of(payload), actor, payload, identity.suite().id(), UnsignedTransaction.VERSION,
                prepared.authorisations());
        return TransactionCodec.sign(body, identity.suite(), identity.privateKey());
    }

    private static void insertJournalRow(Connection connection, UnsignedTransaction body, byte[] envelope, String hash)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO journal (sequence, id, type, created_at, envelope, hash) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, body.sequence());
            insert.setString(2, body.id().toString());
            insert.setString(3, body.type().wireName());
            insert.setString(4, body.createdAt().toString());
            insert.setBytes(5, envelope);
            insert.setString(6, hash);
            insert.executeUpdate();
        }
    }

    static Map<String, String> readMeta(Connection connection) throws SQLException {
        Map<String, String> meta = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT key, value FROM kiosk_meta");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                meta.put(rows.getString(1), rows.getString(2));
            }
        }
        return meta;
    }

    private record Head(long sequence, String hash) {
    }

    private static Head readHead(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT sequence, hash FROM journal ORDER BY sequence DESC LIMIT 1");
                ResultSet row = query.executeQuery()) {
            return row.next() ? new Head(row.getLong(1), row.getString(2)) : new Head(0, UnsignedTransaction.GENESIS_HASH);
        }
    }
}
