package org.huzhu.kiosk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.app.DemoDevices.DemoCard;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.signin.SignInOutcomes;
import org.huzhu.kiosk.sync.Await;
import org.huzhu.kiosk.ui.TestCommunity;
import org.huzhu.kiosk.ui.TestKiosks;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.payload.ResidentClosed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Closing 王秀英's account at the demo counter: signed on the staff card, closed here at once, accepted by the demo
 * server, whose balance rule gives her minutes to 李建国; then her card says the account is closed at the counter and
 * at the kiosk, and the kiosk refuses 李建国 booking for her.
 */
class AccountClosingTest extends SignedInCounterTest {

    private Desk desk;

    @BeforeEach
    void open() throws Exception {
        desk = counter.counterContext().desk();
        CounterStations.awaitTheDemoCommunity(stations); // what closing moves is the counter's own snapshot
    }

    @Test
    void aClosedAccountsBalanceGoesToTheFamilyMemberAndItsCardThenSaysSoHereAndAtTheKiosk() throws Exception {
        ResidentFile wang = desk.files().file(TestCommunity.WANG).orElseThrow();
        long balance = wang.balance().minutes();
        long lisBalance = desk.files().file(TestCommunity.LI).orElseThrow().balance().minutes();
        AccountClosing.Plan plan = desk.closing().plan(wang);
        FamilyMember li = plan.heirs().stream().filter(member -> member.residentId().equals(TestCommunity.LI))
                .findFirst().orElseThrow();
        long head = counter.journal().journal().headSequence();

        desk.closing().close(staff, wang, AccountClosing.Why.MOVED_AWAY, Optional.of(li));

        Transaction closed = CounterStations.journalAfter(counter, head).getLast();
        assertThat(closed.body().payload()).isEqualTo(new ResidentClosed(TestCommunity.WANG,
                ResidentClosed.MOVED_AWAY, TestCommunity.LI.toString()));
        assertThat(closed.body().authorisations()).singleElement()
                .satisfies(authorisation -> assertThat(authorisation.key()).isEqualTo(staff.keyFingerprint()));
        assertThat(desk.files().file(TestCommunity.WANG).orElseThrow().closed()).as("closed here at once").isTrue();
        assertThat(CounterStations.tap(counter, outcomes, DemoCard.WANG_XIUYING, SignInOutcome.AccountClosed.class)
                .resident().id()).isEqualTo(TestCommunity.WANG);
        assertThat(TestCommunity.awaitVerdict(counter, closed.sequence())).isEqualTo("accepted");
        counter.context().sync().orElseThrow().nudge();
        Await.until("the counter's snapshot moves 王秀英's balance to 李建国", () -> desk.files()
                .file(TestCommunity.LI).orElseThrow().balance().minutes() == lisBalance + balance);
        assertThat(desk.files().file(TestCommunity.WANG).orElseThrow().balance().minutes()).isZero();
        assertRefused(Refusal.Reason.ACCOUNT_CLOSED, () -> desk.closing().close(staff,
                desk.files().file(TestCommunity.WANG).orElseThrow(), AccountClosing.Why.DIED, Optional.empty()));

        KioskRuntime kiosk = stations.kiosk();
        kiosk.context().sync().orElseThrow().nudge();
        Residents atTheKiosk = new Residents(kiosk.journal().database(), TestKiosks.MONDAY_MORNING);
        Await.until("the kiosk's snapshot closes 王秀英's account", () -> atTheKiosk.closedAt(TestCommunity.WANG)
                .isPresent());
        SignInOutcomes kioskOutcomes = new SignInOutcomes();
        kiosk.context().signIn().onOutcome(kioskOutcomes);
        assertThat(CounterStations.tap(kiosk, kioskOutcomes, DemoCard.WANG_XIUYING,
                SignInOutcome.AccountClosed.class).resident().id()).isEqualTo(TestCommunity.WANG);
        UUID slot = kiosk.context().community().catalogue().upcomingSlots("haircut").getFirst().id();
        long kioskHead = kiosk.journal().journal().headSequence();
        assertRefused(Refusal.Reason.ACCOUNT_CLOSED, () -> kiosk.context().community().bookings().book(
                TestCommunity.cardOf(kiosk, TestCommunity.LI), TestCommunity.LI, TestCommunity.WANG, slot));
        assertThat(kiosk.journal().journal().headSequence()).as("nothing recorded").isEqualTo(kioskHead);
        assertThat(CounterStations.tap(kiosk, kioskOutcomes, DemoCard.LI_JIANGUO, SignInOutcome.SignedIn.class)
                .resident().id()).as("李建国's own card works as before").isEqualTo(TestCommunity.LI);
    }

    @Test
    void aBalanceGoesOnlyToFamilyAndAStaffCardThatLeftRecordsNothing() throws Exception {
        ResidentFile li = desk.files().file(TestCommunity.LI).orElseThrow();
        long head = counter.journal().journal().headSequence();

        assertRefused(Refusal.Reason.NOT_FAMILY, () -> desk.closing().close(staff, li, AccountClosing.Why.DIED,
                Optional.of(new FamilyMember(UUID.randomUUID(), "陌生人"))));
        staff.close();
        assertRefused(Refusal.Reason.STAFF_CARD_GONE, () -> desk.closing().close(staff, li,
                AccountClosing.Why.DIED, Optional.empty()));

        assertThat(counter.journal().journal().headSequence()).isEqualTo(head);
        assertThat(desk.files().file(TestCommunity.LI).orElseThrow().closed()).isFalse();
    }

    private interface Action {
        void run() throws Exception;
    }

    private static void assertRefused(Refusal.Reason reason, Action action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(reason));
    }
}
