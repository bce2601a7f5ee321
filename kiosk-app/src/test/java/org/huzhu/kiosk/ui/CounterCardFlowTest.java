package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.huzhu.kiosk.app.DemoDevices.DemoCard;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.signin.SignInOutcomes;
import org.huzhu.kiosk.sync.Await;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.payload.CardReplaced;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Headless (Monocle): replacing 王秀英's lost card at the demo counter, through its screens and the simulated
 * readers: the reason chosen, her new card's tap confirming it, the server accepting the staff-signed
 * {@code card.replaced}; then her old card says it was replaced, at the counter and at the kiosk, and someone else's
 * card records nothing.
 */
class CounterCardFlowTest extends DemoCounterWindowTest {

    @Test
    void aLostCardIsReplacedByTheResidentsNewCardAndTheOldOneThenSaysSo(FxRobot robot) throws Exception {
        signIn(robot);
        tap(robot, "wang");
        awaitText(robot, "#file-name", "王秀英");
        click(robot, "#file-replace-card");

        awaitText(robot, "#counter-title", "为王秀英换卡");
        assertInTheOtherLanguage(robot, "#replace-tap",
                "Ask 王秀英 to tap the new social-security card on the residents' reader. The tap confirms the "
                        + "replacement.");
        CounterScreens.auditBothSizes(robot, "replace-card");
        click(robot, "#replace-why-stolen");
        tap(robot, "li");
        awaitText(robot, "#counter-problem",
                "这张卡不是王秀英的：新的社保卡和丢的卡是同一个身份证号。没有记录任何内容。");
        CounterScreens.auditBothSizes(robot, "replace-card-not-theirs");
        long head = counterHead();

        tap(robot, "wang-new");

        awaitText(robot, "#residents-status",
                "王秀英的新卡（*****0011）可以用了，旧卡不能再用；自助机一分钟内也一样。");
        CounterScreens.auditBothSizes(robot, "resident-file-card-replaced");
        assertThat(counterHead()).isEqualTo(head + 1);
        Transaction replaced = TransactionCodec.decode(FlowScreens.journalEnvelopes(stations.counter().journal())
                .getLast());
        assertThat(replaced.body().payload()).isInstanceOfSatisfying(CardReplaced.class, payload -> {
            assertThat(payload.residentId()).isEqualTo(TestCommunity.WANG);
            assertThat(payload.reason()).isEqualTo("stolen");
        });
        assertThat(TestCommunity.awaitVerdict(stations.counter(), replaced.sequence())).isEqualTo("accepted");

        tap(robot, "wang");
        awaitText(robot, "#residents-status", "这是王秀英以前的卡，已经换成新卡了，不能再用。请王秀英刷新卡。");
        assertInTheOtherLanguage(robot, "#residents-status",
                "This is an earlier card of 王秀英; it was replaced by a new one and no longer works. Ask 王秀英 to tap "
                        + "the new card.");
        CounterScreens.auditBothSizes(robot, "residents-replaced-card");

        var kiosk = stations.kiosk();
        kiosk.context().sync().orElseThrow().nudge();
        Residents atTheKiosk = new Residents(kiosk.journal().database(), TestKiosks.MONDAY_MORNING);
        Await.until("the kiosk's snapshot has the replacement", () -> pinnedSerial(atTheKiosk).isPresent());
        SignInOutcomes atKiosk = new SignInOutcomes();
        kiosk.context().signIn().onOutcome(atKiosk);
        kiosk.context().demoDevices().orElseThrow().tap(DemoCard.WANG_XIUYING);
        assertThat(atKiosk.next(SignInOutcome.CardReplaced.class).resident().id()).isEqualTo(TestCommunity.WANG);
    }

    /** The card number 王秀英's binding accepts at {@code residents}' station, once it was pinned. */
    private static Optional<String> pinnedSerial(Residents residents) throws Exception {
        String key = residents.cardOf(TestCommunity.WANG).orElseThrow();
        return residents.bindingOf(key).flatMap(Residents.Binding::cardSerial);
    }
}
