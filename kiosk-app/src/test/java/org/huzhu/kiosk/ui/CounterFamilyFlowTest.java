package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.FamilyPermissionsSet;
import org.huzhu.protocol.payload.FamilyUnlinked;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Headless (Monocle): a resident's file at the demo counter, opened by a tap of their card, and linking a family
 * member from it: the family member's card, the refusals (their own card, a card nobody enrolled, family already),
 * the rights chosen, the link signed on the staff card, shown at once and accepted by the server; then the family
 * screen: rights changed and saved, a link ended with a reason, both languages.
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
        assertThat(robot.lookup("#family-new-member-redeem").queryAs(CheckBox.class).isSelected())
                .as("every right is ticked to start with").isTrue();
        click(robot, "#family-new-member-redeem"); // 王秀英 may not spend 赵美兰's time

        click(robot, "#family-link");

        awaitText(robot, "#residents-status", "赵美兰和王秀英已经关联为家人。");
        assertThat(text(robot, "#file-family-" + TestCommunity.WANG)).isEqualTo("王秀英");
        CounterScreens.auditBothSizes(robot, "resident-file-linked");
        java.util.List<byte[]> envelopes = FlowScreens.journalEnvelopes(stations.counter().journal());
        Transaction link = TransactionCodec.decode(envelopes.get(envelopes.size() - 2));
        Transaction rights = TransactionCodec.decode(envelopes.getLast());
        Transaction enrolment = TransactionCodec.decode(envelopes.getFirst());
        java.util.UUID zhao = ((ResidentEnrolled) enrolment.body().payload()).residentId();
        assertThat(link.body().payload()).isEqualTo(new FamilyLinked(zhao, TestCommunity.WANG));
        assertThat(rights.body().payload()).as("the unticked right, in the same record")
                .isEqualTo(new FamilyPermissionsSet(zhao, TestCommunity.WANG, true, false, true));
        assertThat(TestCommunity.awaitVerdict(stations.counter(), rights.sequence())).isEqualTo("accepted");
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
        click(robot, "#file-family-rights"); // she has family: linking another starts on the family screen
        click(robot, "#family-link-another");
        awaitText(robot, "#counter-title", "Link a family member to 王秀英");

        tap(robot, "li");

        awaitText(robot, "#counter-problem", "王秀英 and 李建国 are family already.");
        assertThat(robot.lookup("#family-link").tryQuery()).isEmpty();
        CounterScreens.auditBothSizes(robot, "family-already");
        click(robot, "#family-cancel");
        awaitText(robot, "#file-name", "王秀英");
        assertThat(counterHead()).isZero();
    }

    @Test
    void rightsAreSavedAndALinkEndedOnTheFamilyScreenSignedOnTheStaffCardAndAccepted(FxRobot robot)
            throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        signIn(robot);
        tap(robot, "wang");
        click(robot, "#file-family-rights");
        awaitText(robot, "#counter-title", "王秀英的家人");
        String liForWang = "#family-right-" + TestCommunity.WANG + "-" + TestCommunity.LI;
        awaitText(robot, liForWang, "李建国可以为王秀英做什么");
        assertInTheOtherLanguage(robot, liForWang, "What 李建国 may do for 王秀英");
        CounterScreens.auditBothSizes(robot, "family-rights");

        click(robot, liForWang + "-redeem");
        click(robot, "#family-save");

        awaitText(robot, "#residents-status", "王秀英的家人权限已保存。");
        Transaction rights = TransactionCodec.decode(FlowScreens.journalEnvelopes(stations.counter().journal())
                .getLast());
        assertThat(rights.body().payload()).isEqualTo(new FamilyPermissionsSet(TestCommunity.WANG, TestCommunity.LI,
                true, false, true));
        assertThat(rights.body().authorisations()).singleElement().satisfies(authorisation ->
                assertThat(authorisation.key()).isEqualTo(DemoCards.staffKeyFingerprint()));
        assertThat(TestCommunity.awaitVerdict(stations.counter(), rights.sequence())).isEqualTo("accepted");

        click(robot, "#file-family-rights");
        awaitShown(robot, liForWang + "-redeem");
        assertThat(robot.lookup(liForWang + "-redeem").queryAs(CheckBox.class).isSelected())
                .as("as saved").isFalse();
        click(robot, "#family-save");
        awaitText(robot, "#family-notice", "没有改动，不需要保存。");
        assertThat(counterHead()).as("nothing changed, nothing signed").isEqualTo(rights.sequence());

        switchLanguage(robot);
        click(robot, "#family-unlink-" + TestCommunity.LI);
        awaitText(robot, "#family-unlink-question", "End the family link of 王秀英 and 李建国?");
        assertThat(robot.lookup("#family-unlink-confirm").queryAs(Button.class).isDisabled())
                .as("no reason, no unlink").isTrue();
        assertInTheOtherLanguage(robot, "#family-unlink-question", "解除王秀英和李建国的家人关联？");
        CounterScreens.auditBothSizes(robot, "family-unlink");
        write(robot, "#family-reason", "moved away");
        click(robot, "#family-unlink-confirm");

        awaitText(robot, "#residents-status", "王秀英 and 李建国 are no longer linked as family.");
        awaitText(robot, "#file-family", "No family linked yet");
        Transaction unlink = TransactionCodec.decode(FlowScreens.journalEnvelopes(stations.counter().journal())
                .getLast());
        assertThat(unlink.body().payload()).isEqualTo(new FamilyUnlinked(TestCommunity.WANG, TestCommunity.LI,
                "moved away"));
        assertThat(TestCommunity.awaitVerdict(stations.counter(), unlink.sequence())).isEqualTo("accepted");
        assertThat(stations.counter().counterContext().desk().files().file(TestCommunity.LI).orElseThrow()
                .family()).as("ended both ways").isEmpty();

        click(robot, "#file-statement");
        awaitText(robot, "#entry-what-0", "Family link with 李建国 ended");
        assertThat(text(robot, "#entry-note-0")).isEqualTo("Note: moved away");
        assertInTheOtherLanguage(robot, "#entry-what-0", "与李建国的家人关联已解除");
    }
}
