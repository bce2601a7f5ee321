package org.huzhu.kiosk.sync;

import java.net.URI;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.journal.Outbox;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.EnrolmentResponse;
import org.huzhu.protocol.sync.MalformedReceiptException;
import org.huzhu.protocol.sync.ReceiptCodec;
import org.huzhu.protocol.sync.SignedReceipt;
import org.huzhu.protocol.sync.Verdict;

/**
 * Delivers the outbox to the enrolled server: batches in sequence order, each verdict recorded in the outbox, each
 * receipt checked against the server's key and kept. Sending again is always safe: the server de-duplicates on the
 * transaction id and answers with the verdict it gave before. Blocking; one caller at a time.
 */
public final class Synchronizer {

    /** What one drain achieved; {@code pending} counts what is still unacknowledged afterwards. */
    public record Result(long accepted, long rejected, long pending) {
    }

    private final OpenJournal journal;
    private final Clock clock;

    public Synchronizer(OpenJournal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /** Enrols with {@code server} and remembers it and its receipt key. */
    public EnrolmentResponse enrol(URI server, String code) throws SyncException, StorageException {
        EnrolmentResponse response = new SyncClient(server, journal.journal().identity(), clock).enrol(code);
        if (!response.kioskId().equals(journal.journal().identity().kioskId())) {
            throw new SyncException("the server enrolled kiosk " + response.kioskId() + ", not this kiosk "
                    + journal.journal().identity().kioskId(), false, null);
        }
        ServerBinding.save(journal.database(), server, response.serverKey(), clock.instant());
        return response;
    }

    /** Sends every unacknowledged transaction once to {@code server}, in batches of at most {@code batchSize}. */
    public Result drainOnce(URI server, int batchSize) throws SyncException, StorageException {
        ServerBinding binding = ServerBinding.load(journal.database())
                .orElseThrow(() -> new SyncException("this kiosk is not enrolled with a server yet: run enrol first",
                        false, null));
        SyncClient client = new SyncClient(server, journal.journal().identity(), clock);
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
            BatchResponse response = client.sendBatch(batch.stream().map(Outbox.Entry::envelope).toList());
            ServerBinding.recordSuccess(journal.database(), clock.instant());
            for (Verdict verdict : response.verdicts()) {
                if (verdict.accepted()) {
                    outbox.markAccepted(verdict.sequence());
                    accepted++;
                } else {
                    outbox.markRejected(verdict.sequence(), verdict.reason());
                    rejected++;
                }
            }
            keepReceipt(response, binding);
            if (response.stopped() != null) {
                throw new SyncException("the server stopped at sequence " + batch.get(response.stopped().index())
                        .sequence() + ": " + response.stopped().code() + " (" + response.stopped().message() + ")",
                        false, null);
            }
            lastSent = batch.getLast().sequence();
        }
        var counts = outbox.counts();
        return new Result(accepted, rejected, counts.get(Outbox.State.PENDING) + counts.get(Outbox.State.SENT));
    }

    /** The server's signed receipt for a batch, verified before it is kept: a receipt that does not verify is refused. */
    private void keepReceipt(BatchResponse response, ServerBinding binding) throws SyncException, StorageException {
        if (response.receipt() == null) {
            return;
        }
        SignedReceipt signed;
        try {
            signed = ReceiptCodec.fromTree(response.receipt());
        } catch (MalformedReceiptException e) {
            throw new SyncException("the server's receipt is malformed: " + e.getMessage(), false, e);
        }
        if (!ReceiptCodec.verify(signed, binding.receiptKey())) {
            throw new SyncException("the server's receipt does not verify with its enrolled key", false, null);
        }
        byte[] encoded = ReceiptCodec.encode(signed);
        journal.database().inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO receipt (last_sequence, first_sequence, received_at, signed) VALUES (?, ?, ?, ?)
                    ON CONFLICT (last_sequence) DO NOTHING""")) {
                insert.setLong(1, signed.receipt().lastSequence());
                insert.setLong(2, signed.receipt().firstSequence());
                insert.setString(3, clock.instant().toString());
                insert.setBytes(4, encoded);
                return insert.executeUpdate();
            }
        });
    }
}
