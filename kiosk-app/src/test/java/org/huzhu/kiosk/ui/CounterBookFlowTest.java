package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ToggleButton;
import org.huzhu.kiosk.sync.Await;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Headless (Monocle): booking a service for 王秀英 at the demo counter, through its screens. 陪同就医 costs 180
 * minutes, more than the offline limit of 120 lets any station spend on one snapshot: the counter refuses it as a
 * kiosk would, then books it on the staff member's authority once they say why; the server accepts the staff-signed
 * redeem with its reason, and her balance is 240 − 180.
 */
class CounterBookFlowTest extends DemoCounterWindowTest {

    @Test
    void aServicePastTheOfflineLimitIsBookedOnTheStaffMembersAuthorityWithAReason(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        signIn(robot);
        tap(robot, "wang");
        awaitText(robot, "#file-name", "王秀英");
        click(robot, "#file-book");

        awaitText(robot, "#counter-title", "为王秀英预约服务");
        assertInTheOtherLanguage(robot, "#counter-title", "Book a service for 王秀英");
        click(robot, "#book-service-medical-escort");
        ToggleButton slot = firstFreeSlot(robot);
        click(robot, "#" + slot.getId());
        CounterScreens.auditBothSizes(robot, "book-for");
        long head = counterHead();

        click(robot, "#book-confirm");

        awaitShown(robot, "#book-reason");
        assertThat(text(robot, "#counter-problem")).startsWith("离线额度不允许这次预约");
        assertThat(text(robot, "#book-confirm")).isEqualTo("以我的授权预约");
        assertInTheOtherLanguage(robot, "#book-confirm", "Book on my authority");
        CounterScreens.auditBothSizes(robot, "book-for-over-limit");
        assertThat(counterHead()).as("refused: nothing recorded").isEqualTo(head);
        click(robot, "#book-confirm");
        awaitText(robot, "#counter-problem", "请写下原因（每月核对时要看）。没有记录任何内容。");
        assertThat(counterHead()).isEqualTo(head);

        write(robot, "#book-reason", "she cannot walk to the kiosk");
        click(robot, "#book-confirm");

        Await.until("the booking is recorded", () -> counterHead() == head + 2);
        List<Transaction> recorded = FlowScreens.journalEnvelopes(stations.counter().journal()).stream()
                .skip(head).map(CounterBookFlowTest::decode).toList();
        assertThat(recorded.get(0).body().payload()).isInstanceOfSatisfying(BookingCreated.class, booking -> {
            assertThat(booking.residentId()).isEqualTo(TestCommunity.WANG);
            assertThat(booking.serviceCode()).isEqualTo("medical-escort");
        });
        assertThat(recorded.get(1).body().payload()).isInstanceOfSatisfying(HoursRedeemed.class, redeem -> {
            assertThat(redeem.minutes()).isEqualTo(180);
            assertThat(redeem.reason()).isEqualTo("she cannot walk to the kiosk");
        });
        assertThat(recorded).allSatisfy(transaction -> assertThat(transaction.body().authorisations()).hasSize(1));
        String done = text(robot, "#residents-status");
        assertThat(done).startsWith("已预约：陪同就医，").endsWith("，预约号 00001。余额现为 1 小时。");
        assertInTheOtherLanguage(robot, "#residents-status", done.replace("已预约：陪同就医，", "Booked: Medical escort, ")
                .replace("11月24日 星期二 09:00", "Tuesday 24 November, 09:00").replace("，预约号 ", ", booking number ")
                .replace("。余额现为 1 小时。", ". Balance now 1 h."));
        CounterScreens.auditBothSizes(robot, "resident-file-booked");
        for (Transaction transaction : recorded) {
            assertThat(TestCommunity.awaitVerdict(stations.counter(), transaction.body().sequence()))
                    .isEqualTo("accepted");
        }
        var kiosk = stations.kiosk(); // spent nothing itself: its balance is the server's
        Await.until("the kiosk learns 王秀英's balance from the server", () -> {
            kiosk.context().sync().orElseThrow().nudge();
            return kiosk.context().community().timeBank().balance(TestCommunity.WANG).minutes() == 60;
        });
    }

    private static ToggleButton firstFreeSlot(FxRobot robot) throws Exception {
        Await.until("the escort's times are shown", () -> !slots(robot).isEmpty());
        return slots(robot).stream().filter(slot -> !slot.isDisabled()).findFirst().orElseThrow(); // the soonest
    }

    private static List<ToggleButton> slots(FxRobot robot) {
        return robot.lookup(node -> node.getId() != null && node.getId().startsWith("book-slot-"))
                .queryAllAs(ToggleButton.class).stream().toList();
    }

    private static Transaction decode(byte[] envelope) {
        try {
            return TransactionCodec.decode(envelope);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
