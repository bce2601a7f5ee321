package org.huzhu.kiosk.ui.counter.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huzhu.kiosk.desk.Corrections;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.ResidentSummary;
import org.huzhu.protocol.counter.Statement;
import org.huzhu.protocol.counter.StatementEntry;
import org.junit.jupiter.api.Test;

/** Every kind of statement entry, its correction and a reversal recorded here, in the words staff read out. */
class EntryWordsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String LI = "00000000-0000-0000-0000-0000000000b2";
    private static final StatementEntry CREDIT = new StatementEntry("t-credit", "service.confirmed",
            Instant.parse("2026-05-03T02:00:00Z"), 90, null, null, "t-reversal", "");
    private static final StatementEntry REVERSAL = new StatementEntry("t-reversal", "transaction.reversed",
            Instant.parse("2026-05-04T02:00:00Z"), -90, null, "t-credit", null, "wrong task");
    private static final StatementEntry GIFT = new StatementEntry("t-gift", "hours.transferred",
            Instant.parse("2026-05-05T02:00:00Z"), -30, LI, null, null, "");
    private static final StatementEntry RECEIVED = new StatementEntry("t-in", "hours.transferred",
            Instant.parse("2026-05-05T03:00:00Z"), 30, "00000000-0000-0000-0000-0000000000c3", null, null, "");
    private static final StatementEntry PAYMENT = new StatementEntry("t-pay", "hours.redeemed",
            Instant.parse("2026-05-06T02:00:00Z"), -30, null, null, "t-refund", "");
    private static final StatementEntry REFUND = new StatementEntry("t-refund", "booking.cancelled",
            Instant.parse("2026-05-07T02:00:00Z"), 30, null, "t-pay", null, "ill");

    private static StatementPage page(Map<String, Corrections.Reversal> reversals, StatementEntry... entries) {
        ResidentSummary wang = new ResidentSummary("a1", "王秀英", "M000001", 0, "", Instant.EPOCH, null, "active");
        return new StatementPage(new Statement(wang, new Page<>(List.of(entries), 0, entries.length)), reversals,
                Map.of(LI, "李建国"));
    }

    @Test
    void aCreditAndItsReversalSayWhatTheyAreAndPointAtEachOther() {
        StatementPage page = page(Map.of(), REVERSAL, CREDIT);
        EntryWords english = new EntryWords(Messages.of(Language.EN), SHANGHAI);
        EntryWords chinese = new EntryWords(Messages.of(Language.ZH_CN), SHANGHAI);

        assertThat(english.what(CREDIT, page)).isEqualTo("Volunteer work confirmed: +1 h 30 min");
        assertThat(english.what(REVERSAL, page)).startsWith("Reversed by staff: wrong task — the credit of ")
                .contains("3 May").endsWith(" is taken back (\u22121 h 30 min)");
        assertThat(english.note(CREDIT, page)).hasValueSatisfying(note ->
                assertThat(note).startsWith("Reversed: see the correction of ").contains("4 May"));
        assertThat(english.note(REVERSAL, page)).as("its reason is in its words already").isEmpty();
        assertThat(chinese.what(CREDIT, page)).isEqualTo("志愿服务已确认：+1 小时 30 分钟");
        assertThat(chinese.what(REVERSAL, page)).startsWith("工作人员撤销：wrong task——5月3日")
                .endsWith("的入账已收回（\u22121 小时 30 分钟）");
    }

    @Test
    void aReversalWhoseOriginalIsOnAnotherPageAndACorrectionOnAnotherPageAreStillWorded() {
        EntryWords english = new EntryWords(Messages.of(Language.EN), SHANGHAI);

        assertThat(english.what(REVERSAL, page(Map.of(), REVERSAL)))
                .isEqualTo("Reversed by staff: wrong task — an earlier entry is taken back (\u22121 h 30 min)");
        assertThat(english.note(CREDIT, page(Map.of(), CREDIT))).contains("Reversed: see the later correction");
    }

    @Test
    void aClosingSaysWhyAndWhereTheBalanceWentAndCannotBeReversed() {
        StatementEntry toLi = new StatementEntry("t-close", "resident.closed", Instant.parse("2026-05-08T02:00:00Z"),
                -120, LI, null, null, "moved-away");
        StatementEntry toCentre = new StatementEntry("t-close", "resident.closed",
                Instant.parse("2026-05-08T02:00:00Z"), -120, null, null, null, "died");
        StatementEntry writtenOff = new StatementEntry("t-close", "resident.closed",
                Instant.parse("2026-05-08T02:00:00Z"), 45, null, null, null, "moved-away");
        StatementEntry inherited = new StatementEntry("t-close", "resident.closed",
                Instant.parse("2026-05-08T02:00:00Z"), 120, LI, null, null, "died");
        StatementPage page = page(Map.of(), toLi, toCentre, writtenOff, inherited);
        EntryWords english = new EntryWords(Messages.of(Language.EN), SHANGHAI);
        EntryWords chinese = new EntryWords(Messages.of(Language.ZH_CN), SHANGHAI);

        assertThat(english.what(toLi, page)).isEqualTo("Account closed (moved away) — 2 h to 李建国");
        assertThat(chinese.what(toLi, page)).isEqualTo("账户注销（搬走了）：2 小时给李建国");
        assertThat(english.what(toCentre, page)).isEqualTo("Account closed (died) — 2 h to the centre");
        assertThat(english.what(writtenOff, page))
                .isEqualTo("Account closed (moved away) — an overdraft of 45 min written off by the centre");
        assertThat(english.what(inherited, page)).isEqualTo("Received from 李建国, whose account was closed: +2 h");
        assertThat(english.note(toLi, page)).as("its reason is in its words already").isEmpty();
        assertThat(Corrections.reversible(toLi)).isFalse();
        assertThat(Corrections.reversible(inherited)).as("it would move minutes out of a closed account").isFalse();
    }

    @Test
    void giftsPaymentsAndRefundsAreWordedForTheResidentWhoseStatementItIs() {
        StatementPage page = page(Map.of(), GIFT, RECEIVED, PAYMENT, REFUND);
        EntryWords english = new EntryWords(Messages.of(Language.EN), SHANGHAI);

        assertThat(english.what(GIFT, page)).isEqualTo("Given to 李建国: \u221230 min");
        assertThat(english.what(RECEIVED, page)).isEqualTo("Received from another resident: +30 min");
        assertThat(english.what(PAYMENT, page)).isEqualTo("Used for a service: \u221230 min");
        assertThat(english.what(REFUND, page)).isEqualTo("Booking cancelled, time given back: +30 min");
        assertThat(english.note(REFUND, page)).contains("Note: ill");
        assertThat(Corrections.reversible(REFUND)).as("a refund is no entry to reverse").isFalse();
        assertThat(Corrections.reversible(PAYMENT)).as("its refund undid it").isFalse();
        assertThat(Corrections.reversible(GIFT)).isTrue();
    }

    @Test
    void aReversalRecordedHereIsOnItsWayOrRefusedInPlainWords() {
        EntryWords english = new EntryWords(Messages.of(Language.EN), SHANGHAI);
        Corrections.Reversal onItsWay = new Corrections.Reversal(7, "t-gift", "wrong person", Instant.EPOCH,
                Corrections.Standing.ON_ITS_WAY, Optional.empty());

        assertThat(english.local(GIFT, page(Map.of("t-gift", onItsWay), GIFT)))
                .contains("Reversal recorded here, on its way to the server (reason: wrong person)");
        for (String reason : List.of("unknown-transaction", "nothing-to-reverse", "insufficient-balance",
                "staff-revoked")) {
            Corrections.Reversal refused = new Corrections.Reversal(7, "t-gift", "wrong person", Instant.EPOCH,
                    Corrections.Standing.REFUSED, Optional.of(reason));
            assertThat(english.local(GIFT, page(Map.of("t-gift", refused), GIFT))).hasValueSatisfying(words ->
                    assertThat(words).startsWith("The server did not accept the reversal").endsWith("")
                            .doesNotContain(reason).doesNotContain("["));
        }
        StatementEntry reversedAtTheServer = new StatementEntry("t-gift", "hours.transferred", GIFT.createdAt(), -30,
                LI, null, "t-r", "");
        assertThat(english.local(reversedAtTheServer, page(Map.of("t-gift", onItsWay), reversedAtTheServer)))
                .as("the server's statement shows it: nothing more to say here").isEmpty();
    }
}
