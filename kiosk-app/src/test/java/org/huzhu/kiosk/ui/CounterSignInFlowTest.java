package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.staff.StaffCard;
import org.huzhu.server.staff.StaffRegistry;
import org.huzhu.server.staff.StaffRegistryException;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StoreTarget;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Headless (Monocle): staff sign in at the demo counter with the staff card in its own reader and its PIN, see who
 * they are signed in as, and are signed out when the card leaves its reader or by the button; with one reader the
 * counter says a second is needed.
 */
class CounterSignInFlowTest extends DemoCounterWindowTest {

    @Test
    void theStaffCardAndItsPinSignInAndTakingTheCardOutSignsOut(FxRobot robot) throws Exception {
        awaitText(robot, "#counter-title", "请用工作人员卡登录");
        CounterScreens.auditBothSizes(robot, "welcome");
        click(robot, "#demo-staff");
        awaitShown(robot, "#pin-pad");
        assertThat(text(robot, "#pin-holder")).isEqualTo("张丽的工作人员卡");
        CounterScreens.auditBothSizes(robot, "pin");

        signInWithPin(robot);

        String key = StaffCard.shortFingerprint(DemoCards.staffKeyFingerprint());
        assertThat(text(robot, "#counter-staff")).isEqualTo("张丽 · 卡 " + key);
        assertThat(text(robot, "#counter-title")).isEqualTo("居民");
        switchLanguage(robot);
        assertThat(text(robot, "#counter-staff")).isEqualTo("张丽 · card " + key);
        assertThat(text(robot, "#counter-title")).isEqualTo("Residents");
        switchLanguage(robot);
        CounterScreens.auditBothSizes(robot, "residents");

        click(robot, "#demo-take-away");

        awaitText(robot, "#welcome-notice", "您已退出登录：工作人员卡被拿走了。没有完成的操作都没有记录。");
        assertThat(robot.lookup("#counter-staff").tryQuery().map(DemoCounterWindowTest::isShown)).contains(false);
        assertThat(robot.lookup("#welcome-sign-in-again").tryQuery()).as("no card, no second sign-in").isEmpty();
    }

    @Test
    void signingOutByTheButtonLeavesTheCardInAndItsHolderSignsInAgainWithThePin(FxRobot robot) throws Exception {
        signIn(robot);

        click(robot, "#counter-sign-out");

        awaitText(robot, "#welcome-notice", "您已退出登录。");
        assertThat(text(robot, "#welcome-card-still-in")).isEqualTo("您的工作人员卡还在读卡器里。");
        assertInTheOtherLanguage(robot, "#welcome-notice", "You are signed out.");
        CounterScreens.auditBothSizes(robot, "signed-out");
        click(robot, "#welcome-sign-in-again");
        awaitShown(robot, "#pin-pad");
        signInWithPin(robot);
        assertThat(text(robot, "#counter-title")).isEqualTo("居民");
    }

    @Test
    void aResidentsCardBeforeSignInAsksForTheStaffCardFirst(FxRobot robot) throws Exception {
        awaitShown(robot, "#counter-title");

        tap(robot, "wang");

        awaitText(robot, "#welcome-notice", "请先用工作人员卡登录，再请居民刷卡。");
    }

    @Test
    void withOneReaderTheCounterSaysItNeedsASecond(FxRobot robot) throws Exception {
        awaitShown(robot, "#counter-title");
        assertThat(robot.lookup("#reader-banner").query().isVisible()).as("two readers: no banner").isFalse();

        stations.counter().context().demoDevices().orElseThrow().backend()
                .detachReader(DemoDevices.COUNTER_RESIDENT_READER);

        awaitText(robot, "#reader-banner", "只连接了一个读卡器。柜台需要两个：一个一直放着工作人员卡，居民在另一个上刷卡。");
        switchLanguage(robot);
        assertThat(text(robot, "#reader-banner")).startsWith("Only one card reader is connected.");
        switchLanguage(robot);
        CounterScreens.auditBothSizes(robot, "one-reader");
        stations.counter().context().demoDevices().orElseThrow().backend()
                .attachReader(DemoDevices.COUNTER_RESIDENT_READER);
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#reader-banner").query().isVisible());
    }

    private static void signInWithPin(FxRobot robot) throws Exception {
        for (char digit : DemoCards.STAFF_PIN.toCharArray()) {
            robot.clickOn("#pin-digit-" + digit);
        }
        robot.clickOn("#pin-ok");
        awaitShown(robot, "#residents-tap");
    }

    @Test
    void aStaffCardTheServerNoLongerAcceptsIsSaidToBeSoAsSoonAsItSignsIn(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        suspendTheDemoSocialWorker();

        signIn(robot);

        awaitShown(robot, "#staff-banner");
        assertThat(text(robot, "#staff-banner")).startsWith("服务器不接受张丽的工作人员卡在服务台使用");
        assertInTheOtherLanguage(robot, "#staff-banner", "The server does not accept the staff card of 张丽 at a "
                + "counter (not registered here, suspended, of another community, or without a social worker's or "
                + "coordinator's role). Anything recorded now would be refused by the server. Sign out and ask your "
                + "coordinator.");
        CounterScreens.auditBothSizes(robot, "staff-refused");
        click(robot, "#counter-sign-out");
        assertThat(isShown(robot.lookup("#staff-banner").query())).as("gone with the session").isFalse();
    }

    /** 张丽 suspended on the demo kiosk's embedded server, from a minute before the demo clock's now. */
    private void suspendTheDemoSocialWorker() throws Exception {
        Path serverFile = data.resolve("demo-server.db");
        try (Database server = Database.openExisting(new StoreTarget.Sqlite(serverFile))) {
            server.inTransaction(connection -> {
                try {
                    return StaffRegistry.change(connection, StaffRegistry.staffIdOf(DemoCards.staffKeyFingerprint()),
                            StaffRegistry.Change.SUSPENDED, TestKiosks.MONDAY_MORNING.instant().minusSeconds(60),
                            "test", "a suspended social worker");
                } catch (StaffRegistryException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
