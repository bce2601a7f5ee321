package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.huzhu.devices.card.profile.IdNumberHasher;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.app.DemoDevices.DemoCard;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.signin.SignInOutcomes;
import org.huzhu.kiosk.sync.Await;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ResidentProfileSet;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Headless (Monocle): enrolling residents at the demo counter, through its screens and the simulated readers, with
 * the demo kiosk's embedded server judging the result: the happy path (and the card then signing in at the kiosk), a
 * card enrolled already, another card at the confirming tap, the staff card taken out, and a journal that fails.
 */
class CounterEnrolFlowTest extends DemoCounterWindowTest {

    @Test
    void aNewResidentIsEnrolledSignedOnTheStaffCardAcceptedAndSignsInAtTheKiosk(FxRobot robot) throws Exception {
        signIn(robot);
        tap(robot, "zhang");
        awaitText(robot, "#residents-unknown", "这张卡还没有登记：张三（卡号 *****0003）。");
        CounterScreens.auditBothSizes(robot, "residents-unknown-card");
        click(robot, "#residents-enrol-this");

        awaitText(robot, "#enrol-name", "张三");
        assertThat(text(robot, "#enrol-card-number")).isEqualTo("*****0003");
        assertThat(robot.lookup("#enrol-continue").query().isDisabled()).as("no consent yet").isTrue();
        assertInTheOtherLanguage(robot, "#enrol-consent-title", "What the centre keeps");
        click(robot, "#enrol-language-en");
        click(robot, "#enrol-consent");
        write(robot, "#enrol-phone", "12");
        write(robot, "#enrol-emergency-name", "张小明");
        click(robot, "#enrol-continue");
        awaitText(robot, "#counter-problem", "电话号码不对：请只写数字（3 到 20 位，可以有空格、+ 和 -），或者不填。");
        CounterScreens.auditBothSizes(robot, "enrol-details-wrong-phone");
        write(robot, "#enrol-phone", "138 0013 8000");
        click(robot, "#enrol-continue");
        assertInTheOtherLanguage(robot, "#counter-problem",
                "The emergency contact needs a phone (3 to 20 digits), given with their name, or neither.");
        write(robot, "#enrol-emergency-phone", "139-0000-1111");
        CounterScreens.auditBothSizes(robot, "enrol-details");
        click(robot, "#enrol-continue");

        awaitText(robot, "#enrol-confirm-tap", "请张三再刷一次同一张卡，确认登记。");
        assertInTheOtherLanguage(robot, "#enrol-confirm-tap", "Ask 张三 to tap the same card again to confirm.");
        CounterScreens.auditBothSizes(robot, "enrol-confirm");
        assertThat(counterHead()).as("nothing signed before the resident confirms").isZero();
        tap(robot, "zhang");

        awaitText(robot, "#enrol-done", "张三已经登记好了。");
        CounterScreens.auditBothSizes(robot, "enrol-done");
        List<byte[]> envelopes = FlowScreens.journalEnvelopes(stations.counter().journal());
        Transaction enrolment = TransactionCodec.decode(envelopes.get(envelopes.size() - 2));
        Transaction contact = TransactionCodec.decode(envelopes.getLast());
        assertThat(contact.body().payload()).isEqualTo(new ResidentProfileSet(
                ((ResidentEnrolled) enrolment.body().payload()).residentId(), "en", "138 0013 8000", "张小明",
                "139-0000-1111", "enrolment-2"));
        assertThat(TestCommunity.awaitVerdict(stations.counter(), contact.sequence())).isEqualTo("accepted");
        ResidentEnrolled payload = (ResidentEnrolled) enrolment.body().payload();
        assertThat(payload.displayName()).isEqualTo("张三");
        assertThat(enrolment.body().authorisations()).singleElement().satisfies(authorisation ->
                assertThat(authorisation.key()).isEqualTo(DemoCards.staffKeyFingerprint()));
        assertThat(TestCommunity.awaitVerdict(stations.counter(), enrolment.sequence())).isEqualTo("accepted");

        click(robot, "#enrol-open-file");
        awaitText(robot, "#file-name", "张三");
        assertThat(text(robot, "#file-language")).isEqualTo("English");
        assertThat(text(robot, "#file-family")).isEqualTo("还没有关联家人");
        CounterScreens.auditBothSizes(robot, "resident-file-new");

        KioskRuntime kiosk = stations.kiosk();
        kiosk.context().sync().orElseThrow().nudge();
        Residents atTheKiosk = new Residents(kiosk.journal().database(), TestKiosks.MONDAY_MORNING);
        Await.until("the kiosk's snapshot brings 张三", () -> atTheKiosk.findByCard(payload.cardNumberHash())
                .isPresent());
        SignInOutcomes atKiosk = new SignInOutcomes();
        kiosk.context().signIn().onOutcome(atKiosk);
        kiosk.context().demoDevices().orElseThrow().tap(DemoCard.UNREGISTERED);
        Resident signedIn = atKiosk.next(SignInOutcome.SignedIn.class).resident();
        assertThat(signedIn.id()).isEqualTo(payload.residentId());
        assertThat(signedIn.language()).as("the kiosk greets him in the language chosen at the counter")
                .isEqualTo(Language.EN);
    }

    @Test
    void aCardEnrolledAlreadyIsRefusedBeforeAnythingIsSigned(FxRobot robot) throws Exception {
        signIn(robot);
        click(robot, "#residents-enrol");
        awaitShown(robot, "#enrol-tap");
        CounterScreens.auditBothSizes(robot, "enrol-tap");

        tap(robot, "wang");

        awaitText(robot, "#counter-problem", "这张卡已经登记给王秀英了，不能再登记。");
        switchLanguage(robot);
        assertThat(text(robot, "#counter-problem")).isEqualTo(
                "This card is already enrolled for 王秀英; it cannot be enrolled again.");
        switchLanguage(robot);
        CounterScreens.auditBothSizes(robot, "enrol-duplicate");
        assertThat(counterHead()).isZero();
        click(robot, "#enrol-open-existing");
        awaitText(robot, "#file-name", "王秀英");
    }

    @Test
    void anotherCardAtTheConfirmingTapIsRefusedAndTheRightOneStillEnrols(FxRobot robot) throws Exception {
        signIn(robot);
        switchLanguage(robot);
        enrolUpToTheConfirmingTap(robot, "zhang");

        tap(robot, "zhao");

        String another = "That is another card. Ask 张三 to tap the card numbered *****0003.";
        awaitText(robot, "#counter-problem", another);
        CounterScreens.auditBothSizes(robot, "enrol-other-card");
        tap(robot, "wang");
        awaitShown(robot, "#counter-problem");
        assertThat(text(robot, "#counter-problem")).as("an enrolled card is another card too").isEqualTo(another);
        assertThat(counterHead()).isZero();

        tap(robot, "zhang");

        awaitText(robot, "#enrol-done", "张三 is enrolled.");
        assertThat(counterHead()).as("the enrolment and its contact").isEqualTo(2);
    }

    @Test
    void takingTheStaffCardOutMidEnrolmentRecordsNothing(FxRobot robot) throws Exception {
        signIn(robot);
        enrolUpToTheConfirmingTap(robot, "zhang");

        click(robot, "#demo-take-away");

        awaitText(robot, "#welcome-notice", "您已退出登录：工作人员卡被拿走了。没有完成的操作都没有记录。");
        tap(robot, "zhang");
        awaitText(robot, "#welcome-notice", "请先用工作人员卡登录，再请居民刷卡。");
        assertThat(counterHead()).isZero();
        String zhangsCard = new IdNumberHasher(stations.counter().context().demoDevices().orElseThrow().cardSecret())
                .hmacHex(DemoCards.ZHANG_SAN.idNumber().getBytes(StandardCharsets.US_ASCII));
        assertThat(stations.counter().counterContext().desk().enrolment().enrolledWith(zhangsCard)).isEmpty();
    }

    @Test
    void whenTheCounterCannotRecordItSaysSoInPlainWordsAndRecordsNothing(FxRobot robot) throws Exception {
        signIn(robot);
        enrolUpToTheConfirmingTap(robot, "zhang");
        stations.counter().journal().journal().close(); // as a disk that fails under the journal would

        tap(robot, "zhang");

        awaitText(robot, "#counter-problem", "柜台出了问题，没有记录任何内容。请查看日志，或联系协调员。");
        assertThat(text(robot, "#enrol-name")).as("what was not recorded").isEqualTo("张三");
        CounterScreens.auditBothSizes(robot, "enrol-failed");
        assertThat(counterHead()).isZero();
    }
}
