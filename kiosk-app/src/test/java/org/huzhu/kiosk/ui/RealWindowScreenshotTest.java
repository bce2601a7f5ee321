package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huzhu.kiosk.ui.Screenshots.assertShowsInChineseGlyphs;
import static org.huzhu.kiosk.ui.Screenshots.bounds;
import static org.huzhu.kiosk.ui.Screenshots.image;
import static org.huzhu.kiosk.ui.Screenshots.where;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import org.huzhu.kiosk.testsupport.GlyphCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real window on a real X server (Xvfb), through GTK glass: what a resident would see. The window runs in a child JVM
 * because this JVM's glass platform is Monocle. Screenshots land in {@code target/screenshots/}.
 */
class RealWindowScreenshotTest {

    private static final String CHINESE_WELCOME = "请刷社保卡或看摄像头";

    @BeforeAll
    static void runTourUnderXvfb(@TempDir Path temp) throws Exception {
        Screenshots.runTourUnderXvfb(temp, "1280x800x24", ScreenshotTour.class);
    }

    @Test
    void chineseScreenIsDrawnWithRealChineseGlyphs() throws IOException {
        assertShowsInChineseGlyphs("attract-zh-CN", "welcome-primary", CHINESE_WELCOME);
    }

    @Test
    void mouseClickOnTheToggleShowsTheEnglishScreen() throws IOException {
        BufferedImage image = image("attract-en");
        Properties where = where("attract-en");

        GlyphCheck.assertNotBlank(image);
        assertThat(where.getProperty("welcome-primary.text")).isEqualTo("Tap your card or look at the camera");
        assertThat(where.getProperty("welcome-secondary.text")).isEqualTo(CHINESE_WELCOME);
        GlyphCheck.assertDistinctGlyphs(image, bounds(where, "welcome-secondary"), CHINESE_WELCOME);
    }

    @Test
    void homeGreetsTheResidentInChineseGlyphsAndInEnglish() throws IOException {
        assertShowsInChineseGlyphs("home-zh-CN", "home-greeting", "您好，王秀英");

        GlyphCheck.assertNotBlank(image("home-en"));
        assertThat(where("home-en").getProperty("home-greeting.text")).isEqualTo("Hello, 李建国");
    }

    @Test
    void largerTextStepEnlargesTheHomeScreenInBothLanguages() throws IOException {
        for (String language : new String[] {"zh-CN", "en"}) {
            GlyphCheck.assertNotBlank(image("home-large-" + language));
            double normal = bounds(where("home-" + language), "home-greeting").getHeight();
            double large = bounds(where("home-large-" + language), "home-greeting").getHeight();
            assertThat(large / normal).as("greeting height, larger step / normal, %s", language).isBetween(1.15, 1.35);
        }
    }

    @Test
    void idleQuestionAppearsOverTheScreenWithItsCountdownInBothLanguages() throws IOException {
        Properties where = assertShowsInChineseGlyphs("idle-prompt-zh-CN", "idle-title", "您还需要更多时间吗？");
        assertThat(Integer.parseInt(where.getProperty("idle-countdown.text"))).isBetween(15, 20);

        Properties english = where("idle-prompt-en");
        GlyphCheck.assertNotBlank(image("idle-prompt-en"));
        assertThat(english.getProperty("idle-title.text")).isEqualTo("Do you need more time?");
        assertThat(Integer.parseInt(english.getProperty("idle-countdown.text")))
                .isLessThanOrEqualTo(Integer.parseInt(where.getProperty("idle-countdown.text")));
    }

    /** The newcomer's journey (issue 6) was clicked through in both languages and every screen has content. */
    @Test
    void everyResidentScreenWasShownInBothLanguages() throws IOException {
        for (String language : new String[] {"zh-CN", "en"}) {
            for (String screen : new String[] {"book-services", "book-days", "book-times", "book-confirm", "receipt",
                "my-bookings", "timebank", "transfer-family", "transfer-amount", "transfer-confirm", "transfer-done",
                "volunteer"}) {
                GlyphCheck.assertNotBlank(image(screen + "-" + language));
            }
        }
    }

    @Test
    void unregisteredCardAndMissingReaderScreensWereShown() throws IOException {
        GlyphCheck.assertNotBlank(image("message-not-registered-en"));
        assertThat(where("message-not-registered-en").getProperty("message-title.text"))
                .isEqualTo("This card is not registered yet");
        GlyphCheck.assertNotBlank(image("attract-no-reader-zh-CN"));
        assertThat(where("attract-no-reader-zh-CN").getProperty("reader-banner.text")).startsWith("读卡器未连接");
    }

    @Test
    void staffPinScreenAndStaffScreenWereShownInBothLanguages() throws IOException {
        for (String language : new String[] {"zh-CN", "en"}) {
            for (String screen : new String[] {"staff-pin", "staff-pin-wrong", "staff-home"}) {
                GlyphCheck.assertNotBlank(image(screen + "-" + language));
            }
        }
        assertShowsInChineseGlyphs("staff-pin-zh-CN", "screen-title", "工作人员登录");
        assertThat(where("staff-home-zh-CN").getProperty("screen-title.text")).isEqualTo("已登录：张丽（工作人员）");
        assertThat(where("staff-pin-wrong-en").getProperty("pin-problem.text")).isEqualTo("Wrong PIN. 4 tries left.");
        assertThat(where("staff-home-en").getProperty("screen-title.text")).isEqualTo("Signed in as 张丽 (staff)");
    }

    /** The camera screen (issue 14) in a real window, with the demo's group photo held up to the camera. */
    @Test
    void theCameraScreenWasShownInBothLanguages() throws IOException {
        GlyphCheck.assertNotBlank(image("camera-en"));
        assertShowsInChineseGlyphs("camera-zh-CN", "screen-title", "请看摄像头");
        assertThat(where("camera-en").getProperty("screen-title.text")).isEqualTo("Please look at the camera");
    }
}
