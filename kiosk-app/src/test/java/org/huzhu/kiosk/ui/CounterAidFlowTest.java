package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.payload.AidApplied;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Headless (Monocle): 王秀英 applies for aid at the demo counter through its screens: the charities and hospitals the
 * demo server lists, what for and how much typed (exactly, in fen), each missing piece asked for in plain words,
 * said once more on the confirm step, recorded signed on the staff card and accepted by the demo server.
 */
class CounterAidFlowTest extends DemoCounterWindowTest {

    @Test
    void anApplicationIsRecordedThroughTheScreensWithTheAmountInFen(FxRobot robot) throws Exception {
        signIn(robot);
        awaitTheDemoCommunityAtTheCounter();
        tap(robot, "wang");
        awaitText(robot, "#file-name", "王秀英");
        click(robot, "#file-apply-aid");

        awaitText(robot, "#counter-title", "为王秀英申请救助");
        assertInTheOtherLanguage(robot, "#counter-title", "Apply for aid for 王秀英");
        awaitShown(robot, "#aid-purpose");
        long head = counterHead();
        click(robot, "#aid-next");
        awaitText(robot, "#counter-problem", "请先选择慈善机构。");
        clickFirst(robot, "aid-charity-");
        click(robot, "#aid-next");
        awaitText(robot, "#counter-problem", "请先选择治疗的医院。");
        clickFirst(robot, "aid-hospital-");
        write(robot, "#aid-purpose", "住院治疗：髋关节置换");
        write(robot, "#aid-amount", "3000.5.5");
        click(robot, "#aid-next");
        awaitText(robot, "#counter-problem", "请按元填写申请金额，最多两位小数，例如 3000.00。");
        write(robot, "#aid-amount", "3,000.50");
        CounterScreens.auditBothSizes(robot, "apply-for-aid");
        click(robot, "#aid-next");

        awaitShown(robot, "#aid-confirm");
        assertThat(text(robot, "#aid-confirm")).startsWith("王秀英向").endsWith("申请 3,000.50 元。");
        assertThat(text(robot, "#aid-confirm-for")).startsWith("用途：住院治疗：髋关节置换，在");
        CounterScreens.auditBothSizes(robot, "apply-for-aid-confirm");
        assertThat(counterHead()).as("nothing recorded before the confirmation").isEqualTo(head);
        click(robot, "#aid-record");

        awaitShown(robot, "#residents-status");
        assertThat(text(robot, "#residents-status")).startsWith("申请已记录。").endsWith("会收到申请。");
        assertThat(counterHead()).isEqualTo(head + 1);
        Transaction applied = TransactionCodec.decode(FlowScreens.journalEnvelopes(stations.counter().journal())
                .getLast());
        assertThat(applied.body().payload()).isInstanceOfSatisfying(AidApplied.class, payload -> {
            assertThat(payload.residentId()).isEqualTo(TestCommunity.WANG);
            assertThat(payload.amountFen()).isEqualTo(300_050);
            assertThat(payload.purpose()).isEqualTo("住院治疗：髋关节置换");
        });
        assertThat(applied.body().authorisations()).as("signed on the staff card").hasSize(1);
        assertThat(TestCommunity.awaitVerdict(stations.counter(), applied.sequence())).isEqualTo("accepted");
    }

    /** Clicks the first choice whose id starts with {@code prefix} (the institutions' ids are the server's). */
    private static void clickFirst(FxRobot robot, String prefix) throws Exception {
        Node choice = robot.lookup(node -> node.getId() != null && node.getId().startsWith(prefix)).query();
        click(robot, "#" + choice.getId());
    }
}
