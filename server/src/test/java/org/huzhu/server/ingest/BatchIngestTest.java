package org.huzhu.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.huzhu.protocol.BadSignatureException;
import org.huzhu.protocol.BrokenChainException;
import org.huzhu.protocol.MalformedEnvelopeException;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.VolunteerCheckedIn;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.ChainHead;
import org.huzhu.protocol.sync.ReceiptCodec;
import org.huzhu.protocol.sync.SignedReceipt;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.app.Stats;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.ledger.Ledger;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Chain checks, permanent de-duplication and receipts, on SQLite and PostgreSQL. */
class BatchIngestTest {

    private static final String BOTH = "org.huzhu.server.testsupport.Stores#both";

    @TempDir
    Path folder;

    /** A check-in by staff to a task the demo catalogue lists: accepted, and no effect on the ledger. */
    private static byte[] checkIn(TestKiosk kiosk, ServerParts server) throws Exception {
        return kiosk.next(new VolunteerCheckedIn(UUID.randomUUID(), server.firstVolunteerTask()), TestKiosk.STAFF);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void acceptsAChainAndSignsAReceiptThatVerifies(Stores store) throws Exception {
        try (ServerParts server = new ServerParts(store.create(folder), LedgerLimits.DEFAULT)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.SM2_SM3, ServerParts.START);
            KioskRecord record = server.enrol(kiosk);
            List<byte[]> chain = List.of(checkIn(kiosk, server), checkIn(kiosk, server), checkIn(kiosk, server));

            BatchResponse response = server.send(record, chain);

            assertThat(response.stopped()).isNull();
            assertThat(response.verdicts()).extracting(Verdict::sequence).containsExactly(1L, 2L, 3L);
            assertThat(response.verdicts()).allMatch(Verdict::accepted).noneMatch(Verdict::duplicate);
            String lastHash = TransactionCodec.hash(chain.get(2), SignatureSuites.SM2_SM3);
            assertThat(response.head()).isEqualTo(new ChainHead(3, lastHash));
            SignedReceipt receipt = ReceiptCodec.fromTree(response.receipt());
            assertThat(receipt.receipt().kioskId()).isEqualTo(kiosk.kioskId());
            assertThat(receipt.receipt().firstSequence()).isEqualTo(1);
            assertThat(receipt.receipt().lastSequence()).isEqualTo(3);
            assertThat(receipt.receipt().lastHash()).isEqualTo(lastHash);
            assertThat(ReceiptCodec.verify(receipt, server.identity.publicKey())).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aResentTransactionGetsTheSameVerdictAndNeverASecondEffect(Stores store) throws Exception {
        try (ServerParts server = new ServerParts(store.create(folder), LedgerLimits.DEFAULT)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
            KioskRecord record = server.enrol(kiosk);
            UUID volunteer = UUID.randomUUID();
            byte[] credit = kiosk.next(new ServiceConfirmed(UUID.randomUUID(), volunteer, 60, "staff-1",
                    "credited at the counter"),
                    TestKiosk.STAFF);
            server.snapshotAtKioskTime(kiosk, 0);
            byte[] tooMuch = kiosk.next(new HoursRedeemed(volunteer, 100, UUID.randomUUID()), TestKiosk.STAFF);
            BatchResponse first = server.send(record, List.of(credit, tooMuch));

            BatchResponse again = server.send(record, List.of(credit, tooMuch));
            BatchResponse againPlusNew = server.send(record, List.of(tooMuch, checkIn(kiosk, server)));

            assertThat(first.verdicts()).extracting(Verdict::verdict, Verdict::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("accepted", null),
                            org.assertj.core.groups.Tuple.tuple("rejected", "insufficient-balance"));
            assertThat(again.verdicts()).extracting(Verdict::verdict, Verdict::reason, Verdict::duplicate)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("accepted", null, true),
                            org.assertj.core.groups.Tuple.tuple("rejected", "insufficient-balance", true));
            assertThat(againPlusNew.verdicts()).extracting(Verdict::sequence, Verdict::duplicate)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, true),
                            org.assertj.core.groups.Tuple.tuple(3L, false));
            assertThat(server.balance(Ledger.residentAccount(volunteer))).isEqualTo(60);
            Stats stats = Stats.read(server.database, LedgerLimits.DEFAULT);
            assertThat(stats.accepted()).isEqualTo(2);
            assertThat(stats.rejected()).isEqualTo(1);
            assertThat(stats.consistent()).isTrue();
            assertThat(ReceiptCodec.fromTree(again.receipt()).receipt().lastSequence()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aGapIsAnsweredWithTheSequenceTheServerExpects(Stores store) throws Exception {
        try (ServerParts server = new ServerParts(store.create(folder), LedgerLimits.DEFAULT)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
            KioskRecord record = server.enrol(kiosk);
            byte[] one = checkIn(kiosk, server);
            checkIn(kiosk, server);
            byte[] three = checkIn(kiosk, server);
            server.send(record, List.of(one));

            BatchResponse response = server.send(record, List.of(three));

            assertThat(response.verdicts()).isEmpty();
            assertThat(response.receipt()).isNull();
            assertThat(response.stopped().code()).isEqualTo(BatchIngest.SEQUENCE_GAP);
            assertThat(response.stopped().expectedSequence()).isEqualTo(2);
            assertThat(response.head().sequence()).isEqualTo(1);
            assertThat(Stats.read(server.database, LedgerLimits.DEFAULT).accepted()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aForgedSignatureStopsTheBatchThereAndStoresNothingFromThere(Stores store) throws Exception {
        try (ServerParts server = new ServerParts(store.create(folder), LedgerLimits.DEFAULT)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
            KioskRecord record = server.enrol(kiosk);
            byte[] one = checkIn(kiosk, server);
            byte[] forged = flipLastSignatureDigit(checkIn(kiosk, server));
            byte[] three = checkIn(kiosk, server);

            BatchResponse response = server.send(record, List.of(one, forged, three));

            assertThat(response.verdicts()).extracting(Verdict::sequence).containsExactly(1L);
            assertThat(response.stopped().index()).isEqualTo(1);
            assertThat(response.stopped().code()).isEqualTo(BadSignatureException.CODE);
            assertThat(response.stopped().expectedSequence()).isEqualTo(2);
            assertThat(Stats.read(server.database, LedgerLimits.DEFAULT).accepted()).isEqualTo(1);
            assertThat(ReceiptCodec.fromTree(response.receipt()).receipt().lastSequence()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void signaturesCheckedAheadInParallelStillStopTheBatchAtTheFirstFailureInOrder(Stores store) throws Exception {
        try (ServerParts server = new ServerParts(store.create(folder), LedgerLimits.DEFAULT)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
            KioskRecord record = server.enrol(kiosk);
            List<byte[]> batch = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                batch.add(checkIn(kiosk, server));
            }
            batch.set(25, flipLastSignatureDigit(batch.get(25)));
            batch.set(32, "{}".getBytes(StandardCharsets.UTF_8));

            BatchResponse response = server.send(record, batch);

            assertThat(response.verdicts()).hasSize(25).allMatch(Verdict::accepted);
            assertThat(response.verdicts()).extracting(Verdict::index).containsExactlyElementsOf(
                    IntStream.range(0, 25).boxed().toList());
            assertThat(response.stopped().index()).isEqualTo(25);
            assertThat(response.stopped().code()).isEqualTo(BadSignatureException.CODE);
            assertThat(response.stopped().expectedSequence()).isEqualTo(26);
            assertThat(response.head().sequence()).isEqualTo(25);
            assertThat(Stats.read(server.database, LedgerLimits.DEFAULT).accepted()).isEqualTo(25);
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void envelopesOfAnotherKioskAForkOrGarbageAreRefused(Stores store) throws Exception {
        try (ServerParts server = new ServerParts(store.create(folder), LedgerLimits.DEFAULT)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
            TestKiosk other = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
            TestKiosk fork = new TestKiosk(SignatureSuites.ED25519_SHA256, kiosk.keys(), ServerParts.START);
            KioskRecord record = server.enrol(kiosk);
            server.enrol(other);
            server.send(record, List.of(checkIn(kiosk, server)));

            BatchResponse replayOfOther = server.send(record, List.of(checkIn(other, server)));
            BatchResponse forked = server.send(record, List.of(checkIn(fork, server)));
            BatchResponse garbage = server.send(record, List.of("{}".getBytes(StandardCharsets.UTF_8)));

            assertThat(replayOfOther.stopped().code()).isEqualTo(BatchIngest.WRONG_KIOSK);
            assertThat(forked.stopped().code()).isEqualTo(BrokenChainException.CODE);
            assertThat(garbage.stopped().code()).isEqualTo(MalformedEnvelopeException.CODE);
            assertThat(Stats.read(server.database, LedgerLimits.DEFAULT).accepted()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aBusinessRejectionStillOccupiesItsSequence(Stores store) throws Exception {
        try (ServerParts server = new ServerParts(store.create(folder), LedgerLimits.DEFAULT)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
            KioskRecord record = server.enrol(kiosk);
            server.snapshotAtKioskTime(kiosk, 0);
            byte[] rejected = kiosk.next(new HoursRedeemed(UUID.randomUUID(), 30, UUID.randomUUID()),
                    TestKiosk.RESIDENT);
            server.send(record, List.of(rejected));

            BatchResponse next = server.send(record, List.of(checkIn(kiosk, server)));

            assertThat(next.stopped()).isNull();
            assertThat(next.verdicts()).extracting(Verdict::sequence, Verdict::verdict)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "accepted"));
            assertThat(next.head().sequence()).isEqualTo(2);
        }
    }

    /** Changes one hex digit of the signature; the JSON stays canonical, only the signature is wrong. */
    static byte[] flipLastSignatureDigit(byte[] envelope) {
        String text = new String(envelope, StandardCharsets.UTF_8);
        int end = text.indexOf("\",\"suite\"");
        char digit = text.charAt(end - 1);
        char flipped = digit == '0' ? '1' : '0';
        return (text.substring(0, end - 1) + flipped + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }
}
