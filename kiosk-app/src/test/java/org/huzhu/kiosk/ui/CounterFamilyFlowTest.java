package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Headless (Monocle): a resident's file at the demo counter, opened by a tap of their card, and linking a family
 * member from it: the family member's card, the refusals (their own card, a card nobody enrolled, family already),
 * the link signed on the staff card, shown at once and accepted by the server.
 */
class CounterFamilyFlowTest extends DemoCounterWindowTest {

    @Test
    void aTapOpensTheResidentsFileWithTheirMaskedCardBalanceAndFamily(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        signIn(robot);

        tap(robot, "wang");

        awaitText(robot, "#file-name", "王秀英");
        String card = TestCommunity.cardOf(stations.counter(), TestCommunity.WANG).cardHash();
        assertThat(text(robot, "#file-card")).isEqualTo(card.substring(0, 4) + "…" + card.substring(60))
                .doesNotContain(card.substring(4, 60));
        assertThat(text(robot, "#file-balance")).isEqualTo("4 小时");
        assertThat(text(robot, "#file-family-" + TestCommunity.LI)).isEqualTo("李建国");
        switchLanguage(robot);
        assertThat(text(robot, "#file-balance")).isEqualTo("4 h");
        assertThat(text(robot, "#file-language")).isEqualTo("中文");
        switchLanguage(robot);
        CounterScreens.auditBothSizes(robot, "resident-file");
    }

    @Test
    void aFamilyMemberIsLinkedByTheirCardSignedOnTheStaffCardShownAtOnceAndAccepted(FxRobot robot)
            throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        signIn(robot);
        enrolThroughTheScreens(robot, "zhao");
        click(robot, "#enrol-open-file");
        awaitText(robot, "#file-family", "还没有关联家人");
        click(robot, "#file-link-family");
        awaitText(robot, "#counter-title", "为赵美兰关联家人");
        CounterScreens.auditBothSizes(robot, "family-tap");

        tap(robot, "zhao");
        awaitText(robot, "#counter-problem", "这是赵美兰自己的卡。请家人刷他们自己的卡。");
        tap(robot, "zhang");
        awaitText(robot, "#counter-problem", "这张卡还没有登记。请先为这位家人登记。");
        assertInTheOtherLanguage(robot, "#counter-problem",
                "This card is not enrolled. Please enrol the family member first.");
        tap(robot, "wang");
        awaitText(robot, "#family-confirm", "把赵美兰和王秀英关联为家人？");
        CounterScreens.auditBothSizes(robot, "family-confirm");
        assertThat(counterHead()).as("her enrolment and its contact only").isEqualTo(2);

        click(robot, "#family-link");

        awaitText(robot, "#residents-status", "赵美兰和王秀英已经关联为家人。");
        assertThat(text(robot, "#file-family-" + TestCommunity.WANG)).isEqualTo("王秀英");
        CounterScreens.auditBothSizes(robot, "resident-file-linked");
        Transaction link = TransactionCodec.decode(FlowScreens.journalEnvelopes(stations.counter().journal())
                .getLast());
        Transaction enrolment = TransactionCodec.decode(FlowScreens.journalEnvelopes(stations.counter().journal())
                .getFirst());
        assertThat(link.body().payload()).isEqualTo(new FamilyLinked(
                ((ResidentEnrolled) enrolment.body().payload()).residentId(), TestCommunity.WANG));
        assertThat(link.body().authorisations()).singleElement().satisfies(authorisation ->
                assertThat(authorisation.key()).isEqualTo(DemoCards.staffKeyFingerprint()));
        assertThat(TestCommunity.awaitVerdict(stations.counter(), enrolment.sequence())).isEqualTo("accepted");
        assertThat(TestCommunity.awaitVerdict(stations.counter(), link.sequence())).isEqualTo("accepted");
        assertThat(stations.counter().counterContext().desk().files().file(TestCommunity.WANG).orElseThrow()
                .family()).extracting(FamilyMember::displayName).contains("李建国", "赵美兰");
    }

    @Test
    void familyAlreadyIsSaidAndNothingIsSigned(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        signIn(robot);
        switchLanguage(robot);
        tap(robot, "wang");
        click(robot, "#file-link-family");
        awaitText(robot, "#counter-title", "Link a family member to 王秀英");

        tap(robot, "li");

        awaitText(robot, "#counter-problem", "王秀英 and 李建国 are family already.");
        assertThat(robot.lookup("#family-link").tryQuery()).isEmpty();
        CounterScreens.auditBothSizes(robot, "family-already");
        click(robot, "#family-cancel");
        awaitText(robot, "#file-name", "王秀英");
        assertThat(counterHead()).isZero();
    }
}
