package org.huzhu.kiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import org.huzhu.kiosk.app.DemoDevices.DemoCard;
import org.huzhu.kiosk.speech.Speaker;
import org.huzhu.kiosk.ui.audit.KioskUnderTest;
import org.huzhu.kiosk.ui.audit.RecordingSpeaker;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless (Monocle), on a real demo kiosk with short idle times: "Do you need more time?" appears over the signed-in
 * screen after the configured idle time, counts down every second, and signs out when nobody answers.
 */
class IdlePromptTest extends KioskShellTest {

    @Test
    void unansweredQuestionCountsDownEverySecondThenSignsOutToTheAttractScreen() throws Exception {
        askAfterOneIdleSecond(DemoCard.WANG_XIUYING, 3, Optional.empty());
        long shownAt = System.nanoTime();
        assertThat(driver.text("#idle-title")).isEqualTo("您还需要更多时间吗？");
        assertThat(driver.text("#idle-seconds-caption")).isEqualTo("秒后自动退出");
        List<String> countdown = new ArrayList<>();
        while (driver.isShown("#idle-prompt") && System.nanoTime() - shownAt < TimeUnit.SECONDS.toNanos(10)) {
            String now = driver.text("#idle-countdown");
            if (countdown.isEmpty() || !countdown.getLast().equals(now)) {
                countdown.add(now);
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - shownAt) / 1e9;

        assertThat(countdown).containsExactly("3", "2", "1");
        assertThat(seconds).as("seconds from question to sign-out").isBetween(2.5, 5.0);
        driver.awaitShown("#welcome-primary");
        assertThat(driver.isShown("#idle-prompt")).isFalse();
    }

    @Test
    void yesContinuesTheSessionAndTheWaitStartsAgain() throws Exception {
        askAfterOneIdleSecond(DemoCard.WANG_XIUYING, 30, Optional.empty());

        driver.click("#idle-continue");

        assertThat(driver.isShown("#idle-prompt")).isFalse();
        assertThat(driver.text("#home-greeting")).isEqualTo("您好，王秀英");
        driver.awaitShown("#idle-prompt"); // asked again after another idle second
        assertThat(driver.text("#idle-countdown")).isIn("30", "29");
    }

    @Test
    void signOutAnswerSignsOutAtOnce() throws Exception {
        askAfterOneIdleSecond(DemoCard.LI_JIANGUO, 30, Optional.empty());
        assertThat(driver.text("#idle-title")).isEqualTo("Do you need more time?");

        driver.click("#idle-sign-out");

        driver.awaitShown("#welcome-primary");
        assertThat(driver.text("#welcome-primary")).as("back in the kiosk's language")
                .isEqualTo("请刷社保卡或看摄像头");
        assertThat(driver.isShown("#idle-prompt")).isFalse();
    }

    @Test
    void theScreenUnderTheQuestionCannotBeTouchedButTheTopBarCan() throws Exception {
        askAfterOneIdleSecond(DemoCard.WANG_XIUYING, 30, Optional.empty());
        Bounds signOut = driver.onFx(() -> {
            Node button = driver.robot().lookup("#sign-out").query();
            return button.localToScreen(button.getLayoutBounds());
        });

        driver.robot().clickOn(new Point2D(signOut.getMinX() + 4, signOut.getMinY() + 4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.isShown("#idle-prompt")).as("still asking").isTrue();
        assertThat(driver.text("#home-greeting")).as("not signed out by a touch through the question")
                .isEqualTo("您好，王秀英");

        driver.click("#language-toggle");
        assertThat(driver.text("#idle-title")).isEqualTo("Do you need more time?");
        assertThat(driver.isShown("#idle-prompt")).as("a touch elsewhere does not answer the question").isTrue();
    }

    @Test
    void readAloudReadsTheQuestionWhileItIsShown() throws Exception {
        RecordingSpeaker speaker = new RecordingSpeaker();
        askAfterOneIdleSecond(DemoCard.WANG_XIUYING, 30, Optional.of(speaker));

        driver.click("#read-aloud");

        assertThat(speaker.last().text()).matches("您还需要更多时间吗？\n(30|29|28) 秒后自动退出");
    }

    @Test
    void noQuestionWhileNobodyIsSignedIn() throws Exception {
        open(KioskUnderTest.idleTimes(Duration.ofSeconds(1), Duration.ofSeconds(3)), Optional.empty());

        Thread.sleep(2000);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(driver.isShown("#idle-prompt")).isFalse();
        assertThat(driver.isShown("#welcome-primary")).isTrue();
    }

    /** Signs {@code card}'s resident in and waits, untouched, for the question (asked after 1 s, waiting N s). */
    private void askAfterOneIdleSecond(DemoCard card, int countdownSeconds, Optional<Speaker> speaker)
            throws Exception {
        open(KioskUnderTest.idleTimes(Duration.ofSeconds(1), Duration.ofSeconds(countdownSeconds)), speaker);
        driver.signIn(card);
        driver.awaitShown("#idle-prompt");
    }
}
