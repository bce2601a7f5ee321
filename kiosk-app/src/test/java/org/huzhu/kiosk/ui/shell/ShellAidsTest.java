package org.huzhu.kiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.huzhu.kiosk.app.DemoDevices.DemoCard;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.speech.EspeakSpeaker;
import org.huzhu.kiosk.speech.Speaker;
import org.huzhu.kiosk.speech.Utterance;
import org.huzhu.kiosk.speech.Volume;
import org.huzhu.kiosk.ui.audit.RecordingSpeaker;
import org.huzhu.kiosk.ui.audit.TourDriver;
import org.junit.jupiter.api.Test;

/**
 * Headless (Monocle): the aids in the top bar of every screen: read aloud (hidden without a speech engine), volume
 * steps and the larger text step, both reset for the next person at sign-out.
 */
class ShellAidsTest extends KioskShellTest {

    private static final String[] SPEECH_BUTTONS = {"#read-aloud", "#volume-down", "#volume-up"};

    @Test
    void withNoSpeechEngineOnThePathTheSpeechButtonsAreHiddenAndTakeNoRoom() throws Exception {
        open(EspeakSpeaker.onPath(""));

        for (String button : SPEECH_BUTTONS) {
            assertThat(driver.onFx(() -> driver.robot().lookup(button).query().isVisible())).as(button).isFalse();
            assertThat(driver.onFx(() -> driver.robot().lookup(button).query().isManaged())).as(button).isFalse();
        }
        assertThat(driver.onFx(() -> driver.robot().lookup("#text-size").query().isVisible())).isTrue();
    }

    @Test
    void withEspeakNgInstalledTheSpeechButtonsAreShown() throws Exception {
        open(EspeakSpeaker.onSystemPath());

        for (String button : SPEECH_BUTTONS) {
            assertThat(driver.onFx(() -> TourDriver.isShown(driver.robot().lookup(button).query()))).as(button)
                    .isTrue();
        }
    }

    @Test
    void readAloudReadsTheShownScreenInTheCurrentLanguage() throws Exception {
        RecordingSpeaker speaker = new RecordingSpeaker();
        open(Optional.of(speaker));

        driver.click("#read-aloud");
        assertThat(speaker.last()).isEqualTo(new Utterance("请刷社保卡或看摄像头\n刷社保卡\n看摄像头\n"
                + "需要帮助？请到服务台找工作人员", Language.ZH_CN, Volume.DEFAULT));

        driver.click("#language-toggle");
        driver.click("#read-aloud");
        assertThat(speaker.last().language()).isEqualTo(Language.EN);
        assertThat(speaker.last().text()).startsWith("Tap your card or look at the camera\n").doesNotContain("请");

        driver.click("#language-toggle");
        driver.signIn(DemoCard.WANG_XIUYING);
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> driver.text("#home-balance").equals("4 小时"));
        driver.click("#read-aloud");
        assertThat(speaker.last().text()).isEqualTo("您好，王秀英\n时间余额\n4 小时\n您目前没有预约。\n"
                + "通知（11月23日至11月29日）：本周六上午社区服务中心有免费理发，欢迎预约。"); // the demo server's notice
    }

    @Test
    void volumeStepsAndLargerTextLastTheSessionAndResetAtSignOut() throws Exception {
        RecordingSpeaker speaker = new RecordingSpeaker();
        open(Optional.of(speaker));
        driver.signIn(DemoCard.WANG_XIUYING);
        double normal = greetingFontSize();

        driver.click("#volume-up");
        driver.click("#volume-up");
        assertThat(speaker.last()).as("says what it did, at the new volume")
                .isEqualTo(new Utterance("大声", Language.ZH_CN, new Volume(150)));
        driver.click("#text-size");
        assertThat(greetingFontSize()).isEqualTo(normal * 1.25);
        driver.click("#read-aloud");
        assertThat(speaker.last().volume()).isEqualTo(new Volume(150));

        int stopsBefore = speaker.stops();
        driver.click("#sign-out");
        driver.awaitShown("#welcome-primary");
        assertThat(speaker.stops()).as("reading stopped at sign-out").isGreaterThan(stopsBefore);
        driver.signIn(DemoCard.LI_JIANGUO);
        driver.click("#read-aloud");

        assertThat(speaker.last().volume()).isEqualTo(Volume.DEFAULT);
        assertThat(greetingFontSize()).isEqualTo(normal);
    }

    @Test
    void volumeButtonsStopAtTheQuietestAndLoudestStep() throws Exception {
        open(Optional.of(new RecordingSpeaker()));

        driver.click("#volume-down");
        driver.click("#volume-down");
        assertThat(driver.onFx(() -> driver.robot().lookup("#volume-down").query().isDisabled())).isTrue();
        for (int i = 0; i < 6; i++) {
            driver.click("#volume-up");
        }
        assertThat(driver.onFx(() -> driver.robot().lookup("#volume-up").query().isDisabled())).isTrue();
    }

    private void open(Optional<Speaker> speaker) throws Exception {
        open(KioskConfig.DEFAULTS, speaker);
    }

    private double greetingFontSize() throws Exception {
        return driver.onFx(() -> ((Text) driver.robot().lookup("#home-greeting").queryAs(Labeled.class)
                .lookup(".text")).getFont().getSize());
    }
}
