package org.huzhu.kiosk.sync.faults;

import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.kiosk.sync.ServerAddresses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.huzhu.kiosk.journal.Outbox;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.kiosk.sync.Synchronizer;
import org.huzhu.kiosk.sync.workload.CommunityWorkload.Outcome;
import org.huzhu.kiosk.sync.workload.CommunityWorkload.PlannedTransaction;
import org.huzhu.kiosk.sync.workload.KioskVerdicts;
import org.huzhu.kiosk.sync.workload.LoadedKiosk;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.ReceiptCodec;
import org.huzhu.protocol.sync.SignedReceipt;
import org.huzhu.server.app.Stats;
import org.huzhu.server.ingest.BusinessRules;
import org.huzhu.server.ledger.Ledger;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.Stores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 5,000 signed transactions from a real kiosk journal reach the real server through {@link FaultyProxy}, which
 * drops, delays, duplicates, delivers late, resets and fakes 5xx; the test retries {@code drainOnce} until nothing is
 * pending. Afterwards the server holds every transaction exactly once with the verdict the kiosk recorded, its ledger
 * sums to zero, each resident's balance is what the kiosk's accepted transactions imply, and the kiosk holds signed
 * receipts for everything. On SQLite and PostgreSQL. The fault seed is printed; replay a run with
 * {@code -Dfaults.seed=N}.
 */
class FaultyNetworkSyncTest {

    private static final int TRANSACTIONS = 5_000;
    private static final int BATCH_SIZE = 100;
    private static final long WORKLOAD_SEED = 2026;
    private static final long FAULT_SEED = Long.getLong("faults.seed", System.nanoTime());
    private static final double FAULT_RATE = 0.3;
    private static final Duration MAX_DELAY = Duration.ofMillis(100);
    private static final Duration BACKOFF = Duration.ofMillis(10);
    private static final int MAX_DRAINS = 1_000;

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void everyTransactionArrivesExactlyOnceAndTheLedgersAgree(Stores store) throws Exception {
        System.out.printf("FaultyNetworkSyncTest on %s: fault seed %d (replay with -Dfaults.seed=%d)%n", store,
                FAULT_SEED, FAULT_SEED);
        try (RunningServer running = new RunningServer(store.create(folder), folder);
                LoadedKiosk kiosk = LoadedKiosk.create(running, folder.resolve("kiosk.db"),
                        SignatureSuites.ED25519_SHA256, TRANSACTIONS, WORKLOAD_SEED)) {
            FaultyProxy proxy = new FaultyProxy(running.server.port(),
                    FaultPlan.seeded(FAULT_SEED, FAULT_RATE, MAX_DELAY));
            int drains;
            try (proxy) {
                drains = drainUntilNothingPending(kiosk.synchronizer(), proxy.uri());
            }
            System.out.printf("  %d drains, faults %s, %d late deliveries%n", drains, proxy.injected(),
                    proxy.lateDeliveries());
            List<KioskVerdicts.Entry> kioskSide = KioskVerdicts.read(kiosk.journal().database());

            assertThat(proxy.injected()).as("seed %d", FAULT_SEED).containsKeys(Fault.values());
            assertThat(proxy.lateDeliveries()).as("seed %d", FAULT_SEED).isPositive();
            assertThat(kioskSide).hasSize(TRANSACTIONS).allSatisfy(entry -> {
                assertThat(entry.state()).isIn(Outbox.State.ACCEPTED, Outbox.State.REJECTED);
                assertThat(entry.reason() != null && !entry.reason().isBlank())
                        .as("rejected transactions, and only they, have a reason: %s", entry)
                        .isEqualTo(entry.state() == Outbox.State.REJECTED);
            });
            assertThat(serverVerdicts(running, kiosk.kioskId())).as("seed %d", FAULT_SEED)
                    .isEqualTo(kioskSide.stream().map(FaultyNetworkSyncTest::line).toList());
            assertThat(postingsPerTransaction(running)).as("no transaction took effect twice").isNotEmpty()
                    .allSatisfy((id, postings) -> assertThat(postings).as(id).isEqualTo(1));
            assertThat(serverBalances(running)).as("seed %d", FAULT_SEED)
                    .isEqualTo(KioskVerdicts.impliedBalances(kioskSide));
            Stats stats = Stats.read(running.server.database(), LedgerLimits.DEFAULT);
            assertThat(stats.ledgerSum()).isZero();
            assertThat(stats.consistent()).isTrue();
            assertThat(receiptCoverage(running, kiosk)).as("sequences the kiosk holds signed receipts for")
                    .isEqualTo(TRANSACTIONS);
            assertPlannedOutcomes(kiosk.plan(), kioskSide);
        }
    }

    /** The retry loop a background sync would run: drain, and on a retryable failure wait a little and drain again. */
    private static int drainUntilNothingPending(Synchronizer synchronizer, URI proxy) throws Exception {
        for (int drain = 1; drain <= MAX_DRAINS; drain++) {
            try {
                if (synchronizer.drainOnce(ServerAddresses.of(proxy), BATCH_SIZE).pending() == 0) {
                    return drain;
                }
            } catch (SyncException e) {
                assertThat(e.retryable()).as("seed %d: a network fault must never look final: %s", FAULT_SEED,
                        e.getMessage()).isTrue();
            }
            Thread.sleep(BACKOFF);
        }
        return fail("still pending after %d drains (seed %d)", MAX_DRAINS, FAULT_SEED);
    }

    /** The outcomes the plan was sure of, and every kind of refusal the plan provoked, came back as planned. */
    private static void assertPlannedOutcomes(List<PlannedTransaction> plan, List<KioskVerdicts.Entry> kioskSide) {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).certain().isPresent()) {
                Outcome outcome = plan.get(i).certain().get();
                KioskVerdicts.Entry entry = kioskSide.get(i);
                expected.add(entry.sequence() + " " + (outcome.accepted() ? "accepted" : "rejected " + outcome.reason()));
                actual.add(entry.sequence() + " " + entry.state().name().toLowerCase(Locale.ROOT)
                        + (entry.reason() == null ? "" : " " + entry.reason()));
            }
        }
        assertThat(actual).isEqualTo(expected);
        Set<String> reasons = kioskSide.stream().map(KioskVerdicts.Entry::reason).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(reasons).contains(BusinessRules.INSUFFICIENT_BALANCE, BusinessRules.SLOT_FULL,
                BusinessRules.UNKNOWN_SLOT, BusinessRules.SERVICE_MISMATCH, BusinessRules.UNKNOWN_BOOKING,
                BusinessRules.STAFF_CONFIRMATION_REQUIRED, BusinessRules.TASK_ALREADY_CONFIRMED,
                BusinessRules.CARD_ALREADY_BOUND, "offline-limit-exceeded");
    }

    private static String line(KioskVerdicts.Entry entry) {
        return entry.sequence() + " " + entry.transactionId() + " " + entry.state().name().toLowerCase(Locale.ROOT) + " "
                + entry.reason();
    }

    /** Every transaction row the server holds for the kiosk, in the form of {@link #line}. */
    private static List<String> serverVerdicts(RunningServer running, String kioskId) throws Exception {
        return running.server.database().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT sequence, transaction_id, verdict, reason FROM transaction_record WHERE kiosk_id = ?
                    ORDER BY sequence""")) {
                query.setString(1, kioskId);
                List<String> lines = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        lines.add(rows.getLong(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
                                + rows.getString(4));
                    }
                }
                return lines;
            }
        });
    }

    /** Postings other than refunds, per transaction: one each for a credit, redemption or transfer. */
    private static Map<String, Long> postingsPerTransaction(RunningServer running) throws Exception {
        return running.server.database().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT transaction_id, COUNT(*) FROM ledger_entry WHERE leg = 1 AND kind <> 'reversal'
                    GROUP BY transaction_id""");
                    ResultSet rows = query.executeQuery()) {
                Map<String, Long> postings = new HashMap<>();
                while (rows.next()) {
                    postings.put(rows.getString(1), rows.getLong(2));
                }
                return postings;
            }
        });
    }

    /** Residents' balances at the server, zero balances left out. */
    private static Map<String, Long> serverBalances(RunningServer running) throws Exception {
        return running.server.database().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT account_id, balance FROM account WHERE account_id <> ? AND balance <> 0")) {
                query.setString(1, Ledger.POOL);
                Map<String, Long> balances = new HashMap<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        balances.put(rows.getString(1), rows.getLong(2));
                    }
                }
                return balances;
            }
        });
    }

    /** How many sequences the kiosk's kept receipts cover, each receipt checked against the server's key. */
    private static long receiptCoverage(RunningServer running, LoadedKiosk kiosk) throws Exception {
        Set<Long> covered = new TreeSet<>();
        for (byte[] signed : kiosk.journal().database().inTransaction(connection -> {
            List<byte[]> receipts = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT signed FROM receipt")) {
                while (rows.next()) {
                    receipts.add(rows.getBytes(1));
                }
            }
            return receipts;
        })) {
            SignedReceipt receipt = ReceiptCodec.decode(signed);
            assertThat(ReceiptCodec.verify(receipt, running.server.identity().publicKey())).isTrue();
            for (long sequence = receipt.receipt().firstSequence(); sequence <= receipt.receipt().lastSequence();
                    sequence++) {
                covered.add(sequence);
            }
        }
        return covered.size();
    }
}
