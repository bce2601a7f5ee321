package org.huzhu.kiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.huzhu.kiosk.app.DemoDevices.DemoCard;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.speech.Speaker;
import org.huzhu.kiosk.ui.audit.KioskUnderTest;
import org.huzhu.kiosk.ui.audit.RecordingSpeaker;
import org.huzhu.kiosk.ui.audit.TourDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless (Monocle), on a real demo kiosk with short idle times: "Do you need more time?" appears over the signed-in
 * screen after the configured idle time, counts down every second, and signs out when nobody answers.
 */
class IdlePromptTest {

    @TempDir
    Path data;

    private KioskUnderTest kiosk;
    private TourDriver driver;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeKiosk() throws Exception {
        kiosk.close();
    }

    @Test
    void unansweredQuestionCountsDownEverySecondThenSignsOutToTheAttractScreen() throws Exception {
        open(KioskUnderTest.idleTimes(Duration.ofSeconds(1), Duration.ofSeconds(3)));
        driver.signIn(DemoCard.WANG_XIUYING);

        driver.awaitShown("#idle-prompt");
        long shownAt = System.nanoTime();
        assertThat(text("#idle-title")).isEqualTo("您还需要更多时间吗？");
        assertThat(text("#idle-seconds-caption")).isEqualTo("秒后自动退出");
        List<String> countdown = new ArrayList<>();
        while (isShown("#idle-prompt") && System.nanoTime() - shownAt < TimeUnit.SECONDS.toNanos(10)) {
            String now = text("#idle-countdown");
            if (countdown.isEmpty() || !countdown.getLast().equals(now)) {
                countdown.add(now);
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - shownAt) / 1e9;

        assertThat(countdown).containsExactly("3", "2", "1");
        assertThat(seconds).as("seconds from question to sign-out").isBetween(2.5, 5.0);
        driver.awaitShown("#welcome-primary");
        assertThat(isShown("#idle-prompt")).isFalse();
    }

    @Test
    void yesContinuesTheSessionAndTheWaitStartsAgain() throws Exception {
        open(KioskUnderTest.idleTimes(Duration.ofSeconds(1), Duration.ofSeconds(30)));
        driver.signIn(DemoCard.WANG_XIUYING);
        driver.awaitShown("#idle-prompt");

        driver.click("#idle-continue");

        assertThat(isShown("#idle-prompt")).isFalse();
        assertThat(text("#home-greeting")).isEqualTo("您好，王秀英");
        driver.awaitShown("#idle-prompt"); // asked again after another idle second
        assertThat(text("#idle-countdown")).isIn("30", "29");
    }

    @Test
    void signOutAnswerSignsOutAtOnce() throws Exception {
        open(KioskUnderTest.idleTimes(Duration.ofSeconds(1), Duration.ofSeconds(30)));
        driver.signIn(DemoCard.LI_JIANGUO);
        driver.awaitShown("#idle-prompt");
        assertThat(text("#idle-title")).isEqualTo("Do you need more time?");

        driver.click("#idle-sign-out");

        driver.awaitShown("#welcome-primary");
        assertThat(text("#welcome-primary")).as("back in the kiosk's language").isEqualTo("请刷社保卡或看摄像头");
        assertThat(isShown("#idle-prompt")).isFalse();
    }

    @Test
    void theScreenUnderTheQuestionCannotBeTouchedButTheTopBarCan() throws Exception {
        open(KioskUnderTest.idleTimes(Duration.ofSeconds(1), Duration.ofSeconds(30)));
        driver.signIn(DemoCard.WANG_XIUYING);
        driver.awaitShown("#idle-prompt");
        Bounds signOut = driver.onFx(() -> {
            Node button = driver.robot().lookup("#sign-out").query();
            return button.localToScreen(button.getLayoutBounds());
        });

        driver.robot().clickOn(new javafx.geometry.Point2D(signOut.getMinX() + 4, signOut.getMinY() + 4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isShown("#idle-prompt")).as("still asking").isTrue();
        assertThat(text("#home-greeting")).as("not signed out by a touch through the question").isEqualTo("您好，王秀英");

        driver.click("#language-toggle");
        assertThat(text("#idle-title")).isEqualTo("Do you need more time?");
        assertThat(isShown("#idle-prompt")).as("a touch elsewhere does not answer the question").isTrue();
    }

    @Test
    void readAloudReadsTheQuestionWhileItIsShown() throws Exception {
        RecordingSpeaker speaker = new RecordingSpeaker();
        open(KioskUnderTest.idleTimes(Duration.ofSeconds(1), Duration.ofSeconds(30)), Optional.of(speaker));
        driver.signIn(DemoCard.WANG_XIUYING);
        driver.awaitShown("#idle-prompt");

        driver.click("#read-aloud");

        assertThat(speaker.last().text()).matches("您还需要更多时间吗？\n(30|29|28) 秒后自动退出");
    }

    @Test
    void noQuestionWhileNobodyIsSignedIn() throws Exception {
        open(KioskUnderTest.idleTimes(Duration.ofSeconds(1), Duration.ofSeconds(3)));

        Thread.sleep(2000);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(isShown("#idle-prompt")).isFalse();
        assertThat(isShown("#welcome-primary")).isTrue();
    }

    private void open(KioskConfig config) throws Exception {
        open(config, Optional.empty());
    }

    private void open(KioskConfig config, Optional<Speaker> speaker) throws Exception {
        kiosk = KioskUnderTest.open(data, config, speaker);
        driver = new TourDriver(new FxRobot(), kiosk);
    }

    private String text(String query) throws Exception {
        return driver.onFx(() -> driver.robot().lookup(query).queryAs(Labeled.class).getText());
    }

    private boolean isShown(String query) throws Exception {
        return driver.onFx(() -> driver.robot().lookup(query).tryQuery().map(TourDriver::isShown).orElse(false));
    }
}
