package org.huzhu.server.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.protocol.BrokenChainException;
import org.huzhu.protocol.ChainVerifier;
import org.huzhu.protocol.CheckedEnvelope;
import org.huzhu.protocol.ProtocolException;
import org.huzhu.protocol.UnsignedTransaction;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.BatchStop;
import org.huzhu.protocol.sync.ChainHead;
import org.huzhu.protocol.sync.Receipt;
import org.huzhu.protocol.sync.ReceiptCodec;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.counter.CounterIndex;
import org.huzhu.server.identity.ServerIdentity;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.kiosk.Kiosks;
import org.huzhu.server.log.LogLeaves;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests one kiosk's ordered batch of envelopes (docs/protocol.md, "Batches"). In order, per envelope: decode
 * strictly; it must be this kiosk's; a transaction id seen before with the same bytes gets its stored verdict again
 * and nothing else happens (permanent de-duplication); otherwise it must be exactly the next sequence, link to the
 * head's hash and carry a valid signature of the kiosk's suite; then the business rules give it a verdict, applied
 * and stored with it, the counter's tables learn it ({@link CounterIndex}) and, if accepted, it becomes the next leaf
 * of the community's transparency log ({@link LogLeaves}). The first envelope failing a chain
 * check stops the batch: it and the rest are not stored. All of it is one database transaction. Decoding and signature
 * checks, which need nothing from the chain, are done ahead on all cores ({@link EnvelopeChecker}); their results are taken in order. Thread-safe: the database serialises batches, on any number of server nodes (ADR 0023), and the
 * kiosk's head is read inside the transaction.
 */
public final class BatchIngest {

    public static final String WRONG_KIOSK = "wrong-kiosk";
    public static final String ID_CONFLICT = "id-conflict";
    public static final String SEQUENCE_GAP = "sequence-gap";

    private static final Logger LOG = LoggerFactory.getLogger(BatchIngest.class);

    private final Database database;
    private final BusinessRules rules;
    private final ServerIdentity identity;
    private final EnvelopeChecker checker;
    private final Clock clock;

    public BatchIngest(Database database, BusinessRules rules, ServerIdentity identity, EnvelopeChecker checker,
            Clock clock) {
        this.database = database;
        this.rules = rules;
        this.identity = identity;
        this.checker = checker;
        this.clock = clock;
    }

    /** Result of the database part, before the receipt is signed. */
    private record Applied(List<Verdict> verdicts, ChainHead head, BatchStop stopped, long first, long last,
            String lastHash) {
    }

    public BatchResponse ingest(KioskRecord kiosk, List<byte[]> envelopes) throws StorageException {
        // The checks run while the batch is applied, each envelope waiting for its own: applying (one core, in order)
        // then overlaps checking (every core), which on two cores ingests about 10 % faster than checking the whole
        // batch first. A kiosk's suite and key never change (its id is derived from the key), so those of the
        // authenticated record are the ones to use.
        Applied applied;
        try (EnvelopeChecker.Checks checks = checker.start(kiosk, envelopes)) {
            applied = database.inTransaction(connection -> apply(connection, kiosk, envelopes, checks));
        }
        if (applied.stopped() != null) {
            LOG.info("Batch from {} stopped at index {}: {} ({})", kiosk.kioskId(), applied.stopped().index(),
                    applied.stopped().code(), applied.stopped().message());
        }
        if (applied.verdicts().isEmpty()) {
            return new BatchResponse(kiosk.kioskId(), List.of(), null, applied.head(), applied.stopped());
        }
        Receipt receipt = new Receipt(kiosk.kioskId(), applied.first(), applied.last(), applied.lastHash(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), identity.keyId(), identity.suite().id());
        return new BatchResponse(kiosk.kioskId(), applied.verdicts(),
                ReceiptCodec.toTree(identity.sign(receipt)), applied.head(), applied.stopped());
    }

    private Applied apply(Connection connection, KioskRecord authenticated, List<byte[]> envelopes,
            EnvelopeChecker.Checks checks) throws SQLException {
        // The head as of now, inside the transaction: another batch may have moved it since authentication.
        KioskRecord kiosk = Kiosks.find(connection, authenticated.kioskId()).orElseThrow();
        ChainHead head = kiosk.head();
        List<Verdict> verdicts = new ArrayList<>();
        BatchStop stopped = null;
        long first = Long.MAX_VALUE;
        long last = 0;
        String lastHash = null;
        Instant now = clock.instant();
        for (int index = 0; index < envelopes.size() && stopped == null; index++) {
            Step step = step(connection, kiosk, head, index, envelopes.get(index), checks.get(index), now);
            if (step.stop() != null) {
                stopped = step.stop();
                continue;
            }
            verdicts.add(step.verdict());
            if (step.newHead() != null) {
                head = step.newHead();
            }
            first = Math.min(first, step.verdict().sequence());
            if (step.verdict().sequence() >= last) {
                last = step.verdict().sequence();
                lastHash = step.hash();
            }
        }
        if (!head.equals(kiosk.head())) {
            Kiosks.updateHead(connection, kiosk.kioskId(), head);
        }
        return new Applied(verdicts, head, stopped, first, last, lastHash);
    }

    /** One envelope's result: a verdict (with the hash and maybe a new head), or a stop. */
    private record Step(Verdict verdict, String hash, ChainHead newHead, BatchStop stop) {
    }

    private Step step(Connection connection, KioskRecord kiosk, ChainHead head, int index, byte[] envelope,
            EnvelopeChecker.Result check, Instant now) throws SQLException {
        long expected = head.sequence() + 1;
        if (check.failure() != null) {
            return stop(index, check.failure().code(), check.failure().getMessage(), expected);
        }
        CheckedEnvelope checked = check.envelope();
        UnsignedTransaction body = checked.body();
        String id = body.id().toString();
        if (!body.kioskId().equals(kiosk.kioskId())) {
            return stop(index, WRONG_KIOSK, "transaction of kiosk " + body.kioskId() + " sent by " + kiosk.kioskId(),
                    expected);
        }
        String hash = checked.hash();
        Optional<TransactionRecords.Stored> known = TransactionRecords.find(connection, id);
        if (known.isPresent()) {
            TransactionRecords.Stored stored = known.get();
            if (!stored.kioskId().equals(kiosk.kioskId()) || !stored.envelopeHash().equals(hash)) {
                return stop(index, ID_CONFLICT, "transaction id " + id + " was already received with other content",
                        expected);
            }
            return new Step(new Verdict(index, id, stored.sequence(),
                    stored.accepted() ? Verdict.ACCEPTED : Verdict.REJECTED, stored.reason(), stored.warnings(), true),
                    hash, null, null);
        }
        if (body.sequence() <= head.sequence()) {
            return stop(index, BrokenChainException.CODE, "sequence " + body.sequence()
                    + " already holds another transaction (a forked chain)", expected);
        }
        if (body.sequence() > expected) {
            return stop(index, SEQUENCE_GAP, "expected sequence " + expected + ", got " + body.sequence(), expected);
        }
        try {
            new ChainVerifier(kiosk.kioskId(), kiosk.suite(), kiosk.publicKey(), head.sequence(), head.hash())
                    .verifyNext(checked);
        } catch (ProtocolException e) {
            return stop(index, e.code(), e.getMessage(), expected);
        }
        Outcome outcome = rules.apply(connection, checked.transaction(), check.staffSignatures());
        TransactionRecords.insert(connection, body, envelope, hash, outcome, now);
        if (outcome.accepted()) {
            // In the transaction that stores it: never an accepted transaction without its leaf, nor the reverse.
            LogLeaves.append(connection, rules.community(), id, envelope);
        }
        CounterIndex.record(connection, body, outcome.accepted() ? null : outcome.reason(), now);
        Verdict verdict = new Verdict(index, id, body.sequence(),
                outcome.accepted() ? Verdict.ACCEPTED : Verdict.REJECTED, outcome.reason(), outcome.warnings(), false);
        return new Step(verdict, hash, new ChainHead(body.sequence(), hash), null);
    }

    private static Step stop(int index, String code, String message, long expected) {
        return new Step(null, null, null, new BatchStop(index, code, message, expected));
    }
}
