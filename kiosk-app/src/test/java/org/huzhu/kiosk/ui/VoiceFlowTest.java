package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.huzhu.kiosk.app.DataFolder;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.community.Slot;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.journal.JournalVerifier;
import org.huzhu.kiosk.ui.audit.RecordingSpeaker;
import org.huzhu.protocol.payload.ServiceRated;
import org.huzhu.server.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless, issue 12 part 7: the centre's notice on the home screen (the demo server posts one), shown and read aloud
 * in the resident's language; after a booked haircut has taken place, the next sign-in asks once with three faces,
 * the answer goes to the real server as {@code service.rated}, and the booking screen then shows the service's
 * rating; a resident who skips is not asked again and nothing is sent. The kiosk's clock is moved by hand.
 */
class VoiceFlowTest extends DemoKioskWindowTest {

    /** Tuesday 24 November, 16:00 in Shanghai: after the 14:30 haircut. */
    private static final Instant TUESDAY_AFTERNOON =
            LocalDateTime.of(2026, 11, 24, 16, 0).atZone(TestKiosks.SHANGHAI).toInstant();
    private static final String NOTICE_ZH = "通知（11月23日至11月29日）：本周六上午社区服务中心有免费理发，欢迎预约。";
    private static final String NOTICE_EN = "Notice, 23 Nov to 29 Nov: Free haircuts at"
            + " the community centre this Saturday morning. Book at the kiosk.";

    /** The kiosk, its embedded server and its sync all read it. */
    private final MutableClock clock = new MutableClock(TestKiosks.MONDAY_MORNING.instant(), TestKiosks.SHANGHAI);
    private final RecordingSpeaker speaker = new RecordingSpeaker();

    /** Replaces the base class's kiosk (same name: JUnit runs only this one) with one on a clock the test moves. */
    @Override
    @BeforeEach
    void openKiosk() throws Exception {
        kiosk = KioskRuntime.open(KioskConfig.DEFAULTS, new DataFolder(data), true, Map.of(), clock);
        FxToolkit.setupStage(stage -> KioskWindow.open(stage, kiosk.context(), Optional.of(speaker)));
        TestCommunity.awaitDemoSnapshot(kiosk);
    }

    @Test
    void wangSeesAndHearsTheNoticeRatesHerHaircutOnceAndTheBookingScreenShowsIt(FxRobot robot) throws Exception {
        robot.clickOn("#demo-wang");
        awaitText(robot, "#home-notice-0", NOTICE_ZH);
        FlowScreens.captureBothLanguages(robot, "home-notice", true);
        robot.clickOn("#read-aloud");
        assertThat(speaker.last().language()).isEqualTo(Language.ZH_CN);
        assertThat(speaker.last().text()).contains(NOTICE_ZH);
        FlowScreens.auditAt(robot, 1280, 800, "home-notice");
        robot.clickOn("#choice-book");
        awaitShown(robot, "#service-haircut");
        assertThat(text(robot, "#service-haircut")).as("nobody has rated it yet").isEqualTo("理发\n30 分钟 + 5.00 元");
        robot.clickOn("#nav-home");
        awaitShown(robot, "#sign-out");
        book(TestCommunity.WANG, "haircut", "2026-11-24T06:30:00Z");
        signOut(robot);

        clock.set(TUESDAY_AFTERNOON);
        robot.clickOn("#demo-wang");
        awaitShown(robot, "#rate-happy");
        assertThat(text(robot, "#screen-title")).isEqualTo("理发，您觉得怎么样？");
        assertThat(text(robot, "#rate-which")).isEqualTo("您预约的理发，11月24日 星期二 14:30。请点一个脸告诉我们。");
        assertThat(text(robot, "#rate-unhappy")).isEqualTo("不太好");
        assertThat(text(robot, "#rate-neutral")).isEqualTo("还可以");
        robot.clickOn("#read-aloud");
        assertThat(speaker.last().text()).isEqualTo("理发，您觉得怎么样？\n"
                + "您预约的理发，11月24日 星期二 14:30。请点一个脸告诉我们。\n"
                + "请点一个脸：不太好、还可以、很好。不想说，可以点“跳过”。");
        FlowScreens.captureBothLanguages(robot, "rate", true);
        FlowScreens.auditAt(robot, 1280, 800, "rate");
        assertThat(FlowScreens.journalTypes(kiosk.journal())).as("nothing before she answers")
                .containsExactly("booking.created", "hours.redeemed");

        robot.clickOn("#rate-happy");
        awaitShown(robot, "#home-balance");
        assertThat(FlowScreens.journalPayloads(kiosk.journal()).getLast()).isInstanceOfSatisfying(ServiceRated.class,
                rated -> {
                    assertThat(rated.residentId()).isEqualTo(TestCommunity.WANG);
                    assertThat(rated.stars()).isEqualTo(ServiceRated.HAPPY);
                });
        assertThat(TestCommunity.awaitVerdict(kiosk, kiosk.journal().journal().headSequence())).isEqualTo("accepted");
        awaitRatingInSnapshot("haircut");

        signOut(robot);
        robot.clickOn("#demo-wang");
        awaitShown(robot, "#home-balance");
        assertThat(robot.lookup("#rate-happy").tryQuery()).as("asked once").isEmpty();
        robot.clickOn("#choice-book");
        awaitText(robot, "#service-haircut", "理发\n30 分钟 + 5.00 元\n评分 5.0（1 位居民）");
        FlowScreens.captureBothLanguages(robot, "book-services-rated", true);
        robot.clickOn("#language-toggle");
        awaitText(robot, "#service-haircut", "Haircut\n30 min + ¥5.00\n5.0 from 1 resident");
        robot.clickOn("#language-toggle");
        assertThat(JournalVerifier.verify(kiosk.journal().database().file()))
                .isInstanceOf(JournalVerifier.Intact.class);
    }

    @Test
    void liReadsTheNoticeInEnglishSkipsTheQuestionAndIsNotAskedAgain(FxRobot robot) throws Exception {
        book(TestCommunity.LI, "health-check", "2026-11-24T01:00:00Z");
        book(TestCommunity.LI, "haircut", "2026-11-24T06:30:00Z");
        clock.set(TUESDAY_AFTERNOON);

        robot.clickOn("#demo-li");
        awaitShown(robot, "#rate-skip");
        assertThat(text(robot, "#screen-title")).as("only the latest service is asked about")
                .isEqualTo("Haircut: how was it?");
        assertThat(text(robot, "#rate-which")).isEqualTo("You booked Haircut, Tuesday 24 November, 14:30. Touch a"
                + " face to tell us.");
        FlowScreens.captureBothLanguages(robot, "rate", false);
        robot.clickOn("#rate-skip");
        awaitShown(robot, "#home-balance");
        // The notice shown from Monday to Sunday is still shown on Tuesday.
        awaitText(robot, "#home-notice-0", NOTICE_EN);
        robot.clickOn("#read-aloud");
        assertThat(speaker.last().language()).isEqualTo(Language.EN);
        assertThat(speaker.last().text()).contains(NOTICE_EN);
        FlowScreens.captureBothLanguages(robot, "home-notice", false);

        signOut(robot);
        robot.clickOn("#demo-li");
        awaitShown(robot, "#home-balance");
        assertThat(robot.lookup("#rate-skip").tryQuery()).as("neither booking is asked about again").isEmpty();
        assertThat(FlowScreens.journalTypes(kiosk.journal())).as("a skip sends nothing")
                .doesNotContain("service.rated");
    }

    /** Signs out and waits until the tray takes the next card. */
    private static void signOut(FxRobot robot) throws Exception {
        robot.clickOn("#sign-out");
        awaitShown(robot, "#welcome-primary");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#demo-wang").query().isDisabled());
    }

    /** Books the slot of {@code service} starting at {@code startsAt} for {@code resident}, as their card would. */
    private void book(UUID resident, String service, String startsAt) throws Exception {
        Slot slot = kiosk.context().community().catalogue().upcomingSlots(service).stream()
                .filter(s -> s.startsAt().equals(Instant.parse(startsAt))).findFirst().orElseThrow();
        kiosk.context().community().bookings().book(TestCommunity.cardOf(kiosk, resident), resident, resident,
                slot.id());
    }

    private void awaitRatingInSnapshot(String service) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            kiosk.context().sync().orElseThrow().nudge();
            return kiosk.context().community().voice().ratings().containsKey(service);
        });
    }
}
