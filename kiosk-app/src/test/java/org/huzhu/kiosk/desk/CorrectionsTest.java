package org.huzhu.kiosk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.community.TimeEntry;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.sync.Await;
import org.huzhu.kiosk.sync.SyncService;
import org.huzhu.kiosk.ui.TestCommunity;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.counter.Statement;
import org.huzhu.protocol.counter.StatementEntry;
import org.huzhu.protocol.payload.TransactionReversed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reversals at the demo counter: the real journal, the demo staff card signing through the real reader service, and
 * the demo kiosk's embedded server on loopback judging them and answering the statement. 王秀英's 240 minutes are one
 * volunteer credit of the demo seed.
 */
class CorrectionsTest extends SignedInCounterTest {

    private Corrections corrections;

    @BeforeEach
    void open() {
        corrections = counter.counterContext().desk().corrections();
    }

    @Test
    void aReversalIsSignedOnTheStaffCardAcceptedAndBothEntriesStayLinked() throws Exception {
        StatementEntry credit = onlyEntry(server.statement(staff, TestCommunity.WANG, 0, 10));
        assertThat(credit.type()).isEqualTo("service.confirmed");
        assertThat(credit.minutes()).isEqualTo(240);
        assertThat(Corrections.reversible(credit)).isTrue();

        Corrections.Reversal reversal = corrections.reverse(staff, credit, "  wrong task  ");

        Transaction recorded = CounterStations.journalAfter(counter, 0).getLast();
        assertThat(recorded.body().payload()).isEqualTo(new TransactionReversed(UUID.fromString(
                credit.transactionId()), "wrong task"));
        assertThat(recorded.body().authorisations()).singleElement()
                .satisfies(authorisation -> assertThat(authorisation.key()).isEqualTo(staff.keyFingerprint()));
        assertThat(reversal.sequence()).isEqualTo(recorded.body().sequence());
        assertThat(reversal.standing()).isEqualTo(Corrections.Standing.ON_ITS_WAY);
        assertThat(TestCommunity.awaitVerdict(counter, recorded.body().sequence())).isEqualTo("accepted");
        assertThat(corrections.reversalsOf(List.of(credit.transactionId()))).singleElement()
                .satisfies(found -> {
                    assertThat(found.standing()).isEqualTo(Corrections.Standing.ACCEPTED);
                    assertThat(found.reason()).isEqualTo("wrong task");
                });

        Statement after = server.statement(staff, TestCommunity.WANG, 0, 10);
        assertThat(after.resident().balanceMinutes()).isZero();
        assertThat(after.entries().items()).hasSize(2);
        StatementEntry correction = after.entries().items().get(0);
        StatementEntry original = after.entries().items().get(1);
        assertThat(correction.transactionId()).isEqualTo(recorded.body().id().toString());
        assertThat(correction.minutes()).isEqualTo(-240);
        assertThat(correction.reverses()).isEqualTo(credit.transactionId());
        assertThat(correction.reason()).isEqualTo("wrong task");
        assertThat(original.reversedBy()).isEqualTo(correction.transactionId());
        assertThat(Corrections.reversible(original)).isFalse();
        assertThat(Corrections.reversible(correction)).isFalse();
    }

    @Test
    void theResidentsOwnHistoryAtTheKioskShowsTheCreditAndItsCorrection() throws Exception {
        StatementEntry credit = onlyEntry(server.statement(staff, TestCommunity.WANG, 0, 10));
        Corrections.Reversal reversal = corrections.reverse(staff, credit, "wrong task");
        assertThat(TestCommunity.awaitVerdict(counter, reversal.sequence())).isEqualTo("accepted");

        KioskRuntime kiosk = stations.kiosk();
        List<TimeEntry> history = awaitHistoryWith(kiosk, TimeEntry.Kind.CORRECTED);

        assertThat(history).extracting(TimeEntry::kind, TimeEntry::minutes).containsExactly(
                tuple(TimeEntry.Kind.CORRECTED, -240), tuple(TimeEntry.Kind.VOLUNTEERED, 240));
        assertThat(history.getFirst().reason()).contains("wrong task");
        assertThat(kiosk.context().community().timeBank().balance(TestCommunity.WANG).minutes()).isZero();
    }

    /** The kiosk pulls a snapshot after each sync; nudged until {@code kind} shows in 王秀英's history. */
    private static List<TimeEntry> awaitHistoryWith(KioskRuntime kiosk, TimeEntry.Kind kind) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            List<TimeEntry> history = kiosk.context().community().timeBank().history(TestCommunity.WANG, 10);
            if (history.stream().anyMatch(entry -> entry.kind() == kind)) {
                return history;
            }
            kiosk.context().sync().ifPresent(SyncService::nudge);
            Thread.sleep(100);
        }
        throw new AssertionError("no " + kind + " in the kiosk's history after 30 s");
    }

    @Test
    void aReversalNeedsAReasonAndNothingIsRecordedWithout() throws Exception {
        StatementEntry credit = onlyEntry(server.statement(staff, TestCommunity.WANG, 0, 10));

        assertRefused(Refusal.Reason.REASON_REQUIRED, () -> corrections.reverse(staff, credit, "   "));
        assertRefused(Refusal.Reason.REASON_REQUIRED, () -> corrections.reverse(staff, credit, null));

        assertThat(counter.journal().journal().headSequence()).isZero();
    }

    @Test
    void anEntryIsReversedOnceHereAndACorrectionIsNeverReversed() throws Exception {
        StatementEntry credit = onlyEntry(server.statement(staff, TestCommunity.WANG, 0, 10));
        corrections.reverse(staff, credit, "wrong task");
        long head = counter.journal().journal().headSequence();

        // The statement fetched before still shows the credit as standing: the journal is what stops the second.
        assertRefused(Refusal.Reason.NOT_REVERSIBLE, () -> corrections.reverse(staff, credit, "again"));
        StatementEntry aCorrection = new StatementEntry(UUID.randomUUID().toString(), "transaction.reversed",
                Instant.now(), -30, null, credit.transactionId(), null, "wrong");
        assertRefused(Refusal.Reason.NOT_REVERSIBLE, () -> corrections.reverse(staff, aCorrection, "undo"));

        assertThat(counter.journal().journal().headSequence()).isEqualTo(head);
    }

    @Test
    void aStaffCardTakenOutSignsNoReversal() throws Exception {
        StatementEntry credit = onlyEntry(server.statement(staff, TestCommunity.WANG, 0, 10));
        counter.context().demoDevices().orElseThrow().takeStaffCardAway();

        assertRefused(Refusal.Reason.STAFF_CARD_GONE, () -> corrections.reverse(staff, credit, "wrong task"));
        outcomes.next(SignInOutcome.StaffCardRemoved.class);
        assertRefused(Refusal.Reason.STAFF_CARD_GONE, () -> corrections.reverse(staff, credit, "wrong task"));

        assertThat(counter.journal().journal().headSequence()).isZero();
        assertThat(corrections.reversalsOf(List.of(credit.transactionId()))).isEmpty();
    }

    @Test
    void theServersRefusalIsKeptWithTheReversalAndTheEntryCanBeTriedAgain() throws Exception {
        // A statement entry the server never accepted: it answers unknown-transaction.
        StatementEntry unknown = new StatementEntry(UUID.randomUUID().toString(), "service.confirmed",
                Instant.now(), 30, null, null, null, "");

        Corrections.Reversal reversal = corrections.reverse(staff, unknown, "wrong task");

        assertThat(TestCommunity.awaitVerdict(counter, reversal.sequence()))
                .isEqualTo("rejected unknown-transaction");
        assertThat(corrections.reversalsOf(List.of(unknown.transactionId()))).singleElement().satisfies(found -> {
            assertThat(found.standing()).isEqualTo(Corrections.Standing.REFUSED);
            assertThat(found.refusedFor()).contains("unknown-transaction");
        });
        Corrections.Reversal again = corrections.reverse(staff, unknown, "wrong task, second try");
        assertThat(again.sequence()).isEqualTo(reversal.sequence() + 1);
    }

    @Test
    void aStatementIsSavedAsPdfInTheCountersExportsFolder() throws Exception {
        Statement statement = server.statement(staff, TestCommunity.WANG, 0, 200);

        Path file = corrections.saveStatement(statement, Language.ZH_CN, "互助社区服务中心", ZoneId.of("Asia/Shanghai"));

        assertThat(file.getParent()).isEqualTo(corrections.exportsFolder());
        assertThat(corrections.exportsFolder()).isEqualTo(counter.journal().database().file().toAbsolutePath()
                .getParent().resolve("exports"));
        assertThat(file.getFileName().toString()).matches("statement-" + statement.resident().memberNumber()
                + "-\\d{8}-\\d{6}\\.pdf");
        assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static StatementEntry onlyEntry(Statement statement) {
        assertThat(statement.entries().items()).hasSize(1);
        return statement.entries().items().getFirst();
    }

    private interface Action {
        void run() throws Refusal;
    }

    private static void assertRefused(Refusal.Reason reason, Action action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(reason));
    }
}
