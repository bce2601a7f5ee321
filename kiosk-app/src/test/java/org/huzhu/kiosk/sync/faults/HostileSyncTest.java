package org.huzhu.kiosk.sync.faults;

import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.kiosk.sync.ServerAddresses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.journal.Outbox;
import org.huzhu.kiosk.journal.TestJournals;
import org.huzhu.kiosk.sync.SyncClient;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.kiosk.sync.Synchronizer;
import org.huzhu.kiosk.sync.workload.LoadedKiosk;
import org.huzhu.protocol.BadSignatureException;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.app.Stats;
import org.huzhu.server.ingest.BatchIngest;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile inputs end to end through the kiosk's own client and the real server: the server refuses them and stores
 * nothing, and the kiosk stops with a plain error that says retrying cannot help, keeping everything it has not had a
 * verdict for. Also hostile answers, from an impostor at the server's address. Not repeated here, because the
 * server's tests cover them fully over HTTP: malformed JSON and base64 bodies, forged and replayed request signatures,
 * stale requests (HostileHttpTest); forks and garbage envelopes (BatchIngestTest). The kiosk's client cannot send
 * malformed JSON.
 */
class HostileSyncTest {

    private static final int TRANSACTIONS = 6;

    @TempDir
    Path folder;

    private RunningServer running;

    @BeforeEach
    void startServer() throws Exception {
        running = new RunningServer(new StoreTarget.Sqlite(folder.resolve("server.db")), folder);
    }

    @AfterEach
    void stopServer() throws Exception {
        running.close();
    }

    @Test
    void aForgedSignatureInTheJournalStopsSyncThereForGood() throws Exception {
        Path kioskDb = TestJournals.withTransactions(folder.resolve("kiosk"), SignatureSuites.ED25519_SHA256,
                TRANSACTIONS);
        forgeSignature(kioskDb, 3);
        try (OpenJournal kiosk = TestJournals.open(kioskDb, SignatureSuites.ED25519_SHA256)) {
            Synchronizer synchronizer = enrolled(kiosk);

            for (int attempt = 0; attempt < 2; attempt++) { // sending again changes nothing
                SyncException refused = catchThrowableOfType(SyncException.class,
                        () -> synchronizer.drainOnce(ServerAddresses.of(LoadedKiosk.uri(running)), 100));
                assertThat(refused.retryable()).isFalse();
                assertThat(refused.getMessage()).contains("sequence 3", BadSignatureException.CODE);
            }
            assertThat(storedAtServer()).isEqualTo(2);
            Map<Outbox.State, Long> counts = kiosk.outbox().counts();
            assertThat(counts.get(Outbox.State.ACCEPTED) + counts.get(Outbox.State.REJECTED)).isEqualTo(2);
            assertThat(kiosk.outbox().unacknowledged(100)).extracting(Outbox.Entry::sequence)
                    .containsExactly(3L, 4L, 5L, 6L);
        }
    }

    @Test
    void anotherKiosksEnvelopesAreRefusedAndDoNotBurnTheirIds() throws Exception {
        try (OpenJournal owner = kioskWithTransactions("owner");
                OpenJournal replayer = TestJournals.open(folder.resolve("replayer.db"), SignatureSuites.SM2_SM3)) {
            Synchronizer ownerSync = enrolled(owner);
            enrolled(replayer);

            BatchResponse replayed = client(replayer).sendBatch(envelopes(owner));

            assertThat(replayed.verdicts()).isEmpty();
            assertThat(replayed.stopped().code()).isEqualTo(BatchIngest.WRONG_KIOSK);
            assertThat(storedAtServer()).isZero();
            assertThat(ownerSync.drainOnce(ServerAddresses.of(LoadedKiosk.uri(running)), 100).pending()).isZero();
            assertThat(storedAtServer()).isEqualTo(TRANSACTIONS);
        }
    }

    @Test
    void aKioskTheServerDoesNotKnowIsRefusedAndKeepsEverythingToSend() throws Exception {
        try (RunningServer stranger = new RunningServer(new StoreTarget.Sqlite(folder.resolve("other.db")),
                folder.resolve("other"));
                OpenJournal kiosk = kioskWithTransactions("kiosk")) {
            Synchronizer synchronizer = enrolled(kiosk);

            SyncException refused = catchThrowableOfType(SyncException.class,
                    () -> synchronizer.drainOnce(ServerAddresses.of(LoadedKiosk.uri(stranger)), 100));

            assertThat(refused.retryable()).isFalse();
            assertThat(refused.getMessage()).contains("401", "unknown-kiosk").doesNotContain("Exception");
            assertThat(Stats.read(stranger.server.database(), LedgerLimits.DEFAULT).accepted()).isZero();
            assertThat(kiosk.outbox().unacknowledged(100)).hasSize(TRANSACTIONS);
            assertThat(synchronizer.drainOnce(ServerAddresses.of(LoadedKiosk.uri(running)), 100).pending()).isZero();
        }
    }

    @Test
    void outOfOrderSequencesStopAtTheGapAndTheKioskResumesFromThere() throws Exception {
        try (OpenJournal kiosk = kioskWithTransactions("kiosk")) {
            Synchronizer synchronizer = enrolled(kiosk);
            List<byte[]> in = envelopes(kiosk);

            BatchResponse ahead = client(kiosk).sendBatch(List.of(in.get(2), in.get(3), in.get(0)));
            BatchResponse skipping = client(kiosk).sendBatch(List.of(in.get(0), in.get(1), in.get(3)));

            assertThat(ahead.verdicts()).isEmpty();
            assertThat(ahead.stopped().code()).isEqualTo(BatchIngest.SEQUENCE_GAP);
            assertThat(ahead.stopped().expectedSequence()).isEqualTo(1);
            assertThat(skipping.verdicts()).extracting(Verdict::sequence).containsExactly(1L, 2L);
            assertThat(skipping.stopped().index()).isEqualTo(2);
            assertThat(skipping.stopped().expectedSequence()).isEqualTo(3);
            assertThat(storedAtServer()).isEqualTo(2);
            Synchronizer.Result resumed = synchronizer.drainOnce(ServerAddresses.of(LoadedKiosk.uri(running)), 100);
            assertThat(resumed.accepted() + resumed.rejected()).isEqualTo(TRANSACTIONS);
            assertThat(resumed.pending()).isZero();
            assertThat(storedAtServer()).isEqualTo(TRANSACTIONS);
        }
    }

    @Test
    void aGarbledAnswerRecordsNothing() throws Exception {
        try (ImpostorServer impostor = ImpostorServer.garbling();
                OpenJournal kiosk = kioskWithTransactions("kiosk")) {
            Synchronizer synchronizer = enrolled(kiosk);

            SyncException refused = catchThrowableOfType(SyncException.class,
                    () -> synchronizer.drainOnce(ServerAddresses.of(impostor.uri()), 100));

            assertThat(refused.getMessage()).contains("not what the protocol says");
            assertThat(kiosk.outbox().unacknowledged(100)).hasSize(TRANSACTIONS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no value for verdicts|{\"kioskId\":\"K-0\",\"verdicts\":null,\"receipt\":null,"
                + "\"head\":{\"sequence\":0,\"hash\":\"00\"},\"stopped\":null}",
        "an element of a list|{\"kioskId\":\"K-0\",\"verdicts\":[null],\"receipt\":null,"
                + "\"head\":{\"sequence\":0,\"hash\":\"00\"},\"stopped\":null}",
        "not in the batch|{\"kioskId\":\"K-0\",\"verdicts\":[],\"receipt\":null,"
                + "\"head\":{\"sequence\":0,\"hash\":\"00\"},"
                + "\"stopped\":{\"index\":99,\"code\":\"sequence-gap\",\"message\":\"m\","
                + "\"expectedSequence\":1}}"})
    void anAnswerThatBreaksTheProtocolInsideValidJsonRecordsNothing(String expected, String answer) throws Exception {
        try (ImpostorServer impostor = ImpostorServer.answering(answer);
                OpenJournal kiosk = kioskWithTransactions("kiosk")) {
            Synchronizer synchronizer = enrolled(kiosk);

            SyncException refused = catchThrowableOfType(SyncException.class,
                    () -> synchronizer.drainOnce(ServerAddresses.of(impostor.uri()), 100));

            assertThat(refused).as("a typed refusal, not a NullPointerException in the sync thread").isNotNull();
            assertThat(refused.getMessage()).contains(expected);
            assertThat(refused.retryable()).isFalse();
            assertThat(kiosk.outbox().unacknowledged(100)).hasSize(TRANSACTIONS);
        }
    }

    @Test
    void verdictsWithoutAValidReceiptAreNotRecorded() throws Exception {
        try (ImpostorServer impostor = ImpostorServer.acceptingEverything();
                OpenJournal kiosk = kioskWithTransactions("kiosk")) {
            Synchronizer synchronizer = enrolled(kiosk);

            SyncException refused = catchThrowableOfType(SyncException.class,
                    () -> synchronizer.drainOnce(ServerAddresses.of(impostor.uri()), 100));

            assertThat(refused).as("an answer with verdicts but no receipt is refused").isNotNull();
            assertThat(refused.retryable()).isFalse();
            assertThat(kiosk.outbox().unacknowledged(100)).hasSize(TRANSACTIONS);
            Synchronizer.Result real = synchronizer.drainOnce(ServerAddresses.of(LoadedKiosk.uri(running)), 100);
            assertThat(real.accepted() + real.rejected()).as("all still reach the real server").isEqualTo(TRANSACTIONS);
        }
    }

    /** A kiosk journal of {@value #TRANSACTIONS} sample transactions, in its own folder. */
    private OpenJournal kioskWithTransactions(String name) throws Exception {
        return TestJournals.open(TestJournals.withTransactions(folder.resolve(name), SignatureSuites.ED25519_SHA256,
                TRANSACTIONS), SignatureSuites.ED25519_SHA256);
    }

    private Synchronizer enrolled(OpenJournal kiosk) throws Exception {
        Synchronizer synchronizer = new Synchronizer(kiosk, Clock.systemUTC());
        synchronizer.enrol(LoadedKiosk.uri(running), running.enrolmentCode());
        return synchronizer;
    }

    private SyncClient client(OpenJournal kiosk) {
        return new SyncClient(LoadedKiosk.uri(running), kiosk.journal().identity(), Clock.systemUTC());
    }

    private long storedAtServer() throws Exception {
        Stats stats = Stats.read(running.server.database(), LedgerLimits.DEFAULT);
        return stats.accepted() + stats.rejected();
    }

    private static List<byte[]> envelopes(OpenJournal kiosk) throws Exception {
        return kiosk.outbox().unacknowledged(100).stream().map(Outbox.Entry::envelope).toList();
    }

    /** Changes one hex digit of the stored signature of {@code sequence}: still canonical, no longer valid. */
    private static void forgeSignature(Path kioskDb, long sequence) throws Exception {
        try (Connection tamper = TestJournals.tamper(kioskDb);
                PreparedStatement read = tamper.prepareStatement("SELECT envelope FROM journal WHERE sequence = ?");
                PreparedStatement write = tamper.prepareStatement("UPDATE journal SET envelope = ? WHERE sequence = ?")) {
            read.setLong(1, sequence);
            String envelope;
            try (ResultSet row = read.executeQuery()) {
                row.next();
                envelope = new String(row.getBytes(1), StandardCharsets.UTF_8);
            }
            int digit = envelope.indexOf("\"signature\":\"") + "\"signature\":\"".length();
            String forged = envelope.substring(0, digit) + (envelope.charAt(digit) == 'a' ? 'b' : 'a')
                    + envelope.substring(digit + 1);
            write.setBytes(1, forged.getBytes(StandardCharsets.UTF_8));
            write.setLong(2, sequence);
            write.executeUpdate();
        }
    }
}
