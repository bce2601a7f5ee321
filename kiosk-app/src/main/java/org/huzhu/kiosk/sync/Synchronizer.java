package org.huzhu.kiosk.sync;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.huzhu.kiosk.face.FaceTemplateStore;
import org.huzhu.kiosk.face.KioskFaceKey;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.journal.Outbox;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.UnsignedTransaction;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.BatchStop;
import org.huzhu.protocol.sync.ChainHead;
import org.huzhu.protocol.sync.EnrolmentResponse;
import org.huzhu.protocol.sync.MalformedReceiptException;
import org.huzhu.protocol.sync.Receipt;
import org.huzhu.protocol.sync.ReceiptCodec;
import org.huzhu.protocol.sync.SignedReceipt;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.protocol.sync.Verdict;

/**
 * Delivers the outbox to the enrolled server and pulls its snapshot: batches in sequence order, each verdict recorded
 * in the outbox, each receipt checked against the server's key and kept; then the changes since the last snapshot,
 * applied in one transaction. Sending again is always safe: the server de-duplicates on the transaction id and
 * answers with the verdict it gave before. Blocking; one caller at a time. Close it to release its connections.
 */
public final class Synchronizer implements AutoCloseable {

    /** What one drain achieved; {@code pending} counts what is still unacknowledged afterwards. */
    public record Result(long accepted, long rejected, long pending) {
    }

    /** What one sync round did: the outbox delivery, then the snapshot it left the kiosk with. */
    public record Round(Result delivery, SnapshotState snapshot) {
    }

    private final OpenJournal journal;
    private final Clock clock;
    private final Optional<CertificatePin> pin;
    private final SnapshotStore snapshots;
    private final LogHeadCheck logHeads;
    private final FaceTemplateStore faceTemplates;
    private final KioskFaceKey faceKey;
    /** Kept between calls so connections are reused; replaced when asked for another server. */
    private SyncClient client;

    /** With the JDK's default trust for {@code https://} servers. */
    public Synchronizer(OpenJournal journal, Clock clock) {
        this(journal, clock, Optional.empty());
    }

    /** @param pin the one server certificate to trust for {@code https://}, if pinned */
    public Synchronizer(OpenJournal journal, Clock clock, Optional<CertificatePin> pin) {
        this.journal = journal;
        this.clock = clock;
        this.pin = pin;
        this.snapshots = new SnapshotStore(journal.database());
        this.logHeads = new LogHeadCheck(journal.database(), clock);
        this.faceTemplates = new FaceTemplateStore(journal.database());
        this.faceKey = new KioskFaceKey(journal.journal()::identity);
    }

    /** Enrols with {@code server} and remembers it and its receipt key. */
    public EnrolmentResponse enrol(URI server, String code) throws SyncException, StorageException {
        EnrolmentResponse response = client(ServerAddresses.of(server)).enrol(code);
        if (!response.kioskId().equals(journal.journal().identity().kioskId())) {
            throw new SyncException(SyncProblem.NEEDS_STAFF, "the server enrolled kiosk " + response.kioskId()
                    + ", not this kiosk " + journal.journal().identity().kioskId(), null);
        }
        ServerBinding.save(journal.database(), server, response.serverKey(), clock.instant());
        return response;
    }

    /** The server this kiosk is enrolled with, if any. */
    public Optional<ServerBinding> binding() throws StorageException {
        return ServerBinding.load(journal.database());
    }

    /** One sync round: deliver the outbox, then pull the snapshot (so it covers what was just delivered). */
    public Round syncOnce(ServerAddresses servers, int batchSize) throws SyncException, StorageException {
        Result delivery = drainOnce(servers, batchSize);
        return new Round(delivery, pullSnapshot(servers));
    }

    /** Sends every unacknowledged transaction once to {@code servers}, in batches of at most {@code batchSize}. */
    public Result drainOnce(ServerAddresses servers, int batchSize) throws SyncException, StorageException {
        ServerBinding binding = enrolledBinding();
        SyncClient sender = client(servers);
        Outbox outbox = journal.outbox();
        long accepted = 0;
        long rejected = 0;
        long lastSent = 0;
        while (true) {
            long after = lastSent; // each pass sends only what this drain has not sent yet
            List<Outbox.Entry> batch = outbox.unacknowledged(batchSize).stream()
                    .filter(entry -> entry.sequence() > after).toList();
            if (batch.isEmpty()) {
                break;
            }
            outbox.markSent(batch.stream().map(Outbox.Entry::sequence).toList());
            BatchResponse response = sender.sendBatch(batch.stream().map(Outbox.Entry::envelope).toList());
            ServerBinding.recordSuccess(journal.database(), clock.instant());
            recordVerdicts(batch, response, binding);
            for (Verdict verdict : response.verdicts()) {
                if (verdict.accepted()) {
                    accepted++;
                } else {
                    rejected++;
                }
            }
            if (response.stopped() != null) {
                throw stoppedAt(batch, response.stopped());
            }
            lastSent = batch.getLast().sequence();
        }
        return new Result(accepted, rejected, pendingCount());
    }

    /**
     * Asks {@code servers} for what changed since the snapshot this kiosk has, and applies it in one transaction; then
     * the face templates that changed ({@link FaceTemplatePull}). Pull after draining, so the snapshot's
     * {@code coversSequence} includes what was just delivered.
     */
    public SnapshotState pullSnapshot(ServerAddresses servers) throws SyncException, StorageException {
        ServerBinding binding = enrolledBinding();
        long since = snapshots.read().version();
        Snapshot snapshot = client(servers).snapshot(since);
        checkPlausible(snapshot, since);
        SnapshotState state = snapshots.apply(snapshot, clock.instant());
        FaceTemplatePull.pull(client(servers), faceTemplates, faceKey);
        logHeads.check(client(servers), binding.receiptKey());
        ServerBinding.recordSuccess(journal.database(), clock.instant());
        return state;
    }

    /**
     * Starts this kiosk's sync over with a server that was restored from an older backup (docs/protocol.md §6): the
     * server's head for this kiosk must be a transaction of this journal; everything after it is queued to be sent
     * again, and the next snapshot is asked for from version 0, so the kiosk takes the restored server's view whole.
     * A staff action (the kiosk cannot tell a restore from an attack on its own).
     *
     * @return how many transactions will be sent again
     * @throws SyncException the server cannot be reached, or its head is not a point of this journal (another
     *     kiosk's chain, or a server that knows more than this journal): nothing was changed
     */
    public int startOver(ServerAddresses servers) throws SyncException, StorageException {
        enrolledBinding();
        ChainHead head = client(servers).kioskStatus().head();
        // Sequences already written never change, so this check still holds when the update below runs.
        String hashHere = head.sequence() == 0 ? UnsignedTransaction.GENESIS_HASH
                : journal.database().inTransaction(connection -> journalHash(connection, head.sequence()));
        if (!hashHere.equals(head.hash())) {
            throw new SyncException(SyncProblem.NEEDS_STAFF, "the server's last transaction from this kiosk (sequence "
                    + head.sequence() + ") is not this journal's; nothing was changed", null);
        }
        return journal.database().inTransaction(connection -> {
            int requeued = journal.outbox().requeueAfter(connection, head.sequence());
            try (PreparedStatement reset = connection.prepareStatement("UPDATE snapshot_state SET version = 0")) {
                reset.executeUpdate();
            }
            // A restored server's log lost what the kept head holds: staff starting over accept that (ADR 0024).
            try (PreparedStatement forget = connection.prepareStatement("DELETE FROM log_head")) {
                forget.executeUpdate();
            }
            return requeued;
        });
    }

    /** Why the server stopped, naming the transaction it stopped at (if the index it gave is one of the batch). */
    private static SyncException stoppedAt(List<Outbox.Entry> batch, BatchStop stop) {
        String where = stop.index() >= 0 && stop.index() < batch.size()
                ? "at sequence " + batch.get(stop.index()).sequence()
                : "at index " + stop.index() + ", which is not in the batch of " + batch.size();
        return new SyncException(SyncProblem.NEEDS_STAFF, "the server stopped " + where + ": " + stop.code() + " ("
                + stop.message() + ")", null);
    }

    /** Transactions not yet answered by the server (pending or sent). */
    public long pendingCount() throws StorageException {
        var counts = journal.outbox().counts();
        return counts.get(Outbox.State.PENDING) + counts.get(Outbox.State.SENT);
    }

    /** Abandons a request in flight, if any. */
    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
        }
    }

    private synchronized SyncClient client(ServerAddresses servers) {
        if (client == null || !client.servers().equals(servers)) {
            if (client != null) {
                client.close();
            }
            client = new SyncClient(servers, journal.journal()::identity, clock, pin);
        }
        return client;
    }

    private ServerBinding enrolledBinding() throws SyncException, StorageException {
        return binding().orElseThrow(() -> new SyncException(SyncProblem.NEEDS_STAFF,
                "this kiosk is not enrolled with a server yet: run enrol first", null));
    }

    /** An incremental snapshot must continue the one the kiosk has; limits must make sense before they are kept. */
    private static void checkPlausible(Snapshot snapshot, long since) throws SyncException {
        if (snapshot.since() != since || snapshot.version() < since) {
            throw new SyncException(SyncProblem.NEEDS_STAFF, "the server answered with the changes from version "
                    + snapshot.since() + " to " + snapshot.version() + ", not from version " + since, null);
        }
        Snapshot.Limits limits = snapshot.limits();
        if (limits.offlineLimitMinutes() < 0 || limits.maxOfflineAgeMinutes() < 0 || limits.overdraftMinutes() < 0
                || limits.secondFactorMinutes() < 0) {
            throw new SyncException(SyncProblem.NEEDS_STAFF, "the server's snapshot has negative limits " + limits,
                    null);
        }
    }

    /**
     * Records the verdicts of an answer together with the receipt that proves them, only once the receipt is shown to
     * be the server's word on exactly this kiosk's chain: signed with the enrolled key, naming this kiosk, covering
     * every verdict, every verdict about a transaction in the batch sent, and ending in the hash this journal has at
     * that sequence. Anything less (an impostor at the server's address, a corrupted answer) records nothing, so the
     * transactions stay to be sent again.
     */
    private void recordVerdicts(List<Outbox.Entry> batch, BatchResponse response, ServerBinding binding)
            throws SyncException, StorageException {
        if (response.verdicts().isEmpty()) {
            return;
        }
        if (response.receipt() == null) {
            throw untrusted("verdicts came without the receipt that proves them");
        }
        SignedReceipt signed;
        try {
            signed = ReceiptCodec.fromTree(response.receipt());
        } catch (MalformedReceiptException e) {
            throw new SyncException(SyncProblem.NEEDS_STAFF, "the server's receipt is malformed: " + e.getMessage(),
                    e);
        }
        if (!ReceiptCodec.verify(signed, binding.receiptKey())) {
            throw untrusted("the receipt does not verify with the server's enrolled key");
        }
        Receipt receipt = signed.receipt();
        if (!receipt.kioskId().equals(journal.journal().identity().kioskId())) {
            throw untrusted("the receipt is for kiosk " + receipt.kioskId());
        }
        Set<Long> sent = batch.stream().map(Outbox.Entry::sequence)
                .collect(Collectors.toSet());
        List<Outbox.Answer> answers = new ArrayList<>();
        for (Verdict verdict : response.verdicts()) {
            long sequence = verdict.sequence();
            if (!sent.contains(sequence) || sequence < receipt.firstSequence() || sequence > receipt.lastSequence()) {
                throw untrusted("a verdict about sequence " + sequence + " is outside the batch sent or its receipt");
            }
            if (!verdict.accepted() && verdict.reason() == null) {
                throw untrusted("the rejection of sequence " + sequence + " gives no reason");
            }
            answers.add(new Outbox.Answer(sequence, verdict.accepted() ? Optional.empty()
                    : Optional.of(verdict.reason())));
        }
        String hashThere = journal.database().inTransaction(connection -> journalHash(connection,
                receipt.lastSequence()));
        if (!receipt.lastHash().equals(hashThere)) {
            throw untrusted("the receipt's chain hash at sequence " + receipt.lastSequence()
                    + " is not this journal's");
        }
        byte[] encoded = ReceiptCodec.encode(signed);
        journal.outbox().record(answers, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO receipt (last_sequence, first_sequence, received_at, signed) VALUES (?, ?, ?, ?)
                    ON CONFLICT (last_sequence) DO NOTHING""")) {
                insert.setLong(1, receipt.lastSequence());
                insert.setLong(2, receipt.firstSequence());
                insert.setString(3, clock.instant().toString());
                insert.setBytes(4, encoded);
                return insert.executeUpdate();
            }
        });
    }

    private static String journalHash(Connection connection, long sequence) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT hash FROM journal WHERE sequence = ?")) {
            query.setLong(1, sequence);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        }
    }

    private static SyncException untrusted(String what) {
        return new SyncException(SyncProblem.UNTRUSTED_SERVER, "the answer is not proven by the server: " + what
                + "; nothing was recorded", null);
    }
}
