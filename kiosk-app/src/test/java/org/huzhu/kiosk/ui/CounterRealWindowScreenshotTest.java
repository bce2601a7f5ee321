package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huzhu.kiosk.ui.Screenshots.assertShowsInChineseGlyphs;
import static org.huzhu.kiosk.ui.Screenshots.image;
import static org.huzhu.kiosk.ui.Screenshots.where;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import org.huzhu.kiosk.testsupport.GlyphCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo counter in a real window on a real X server (Xvfb) the size of a small laptop's screen, 1366 × 768,
 * through GTK glass: what staff see. The window runs in a child JVM because this JVM's glass platform is Monocle.
 * Screenshots land in {@code target/screenshots/counter-real-*.png}.
 */
class CounterRealWindowScreenshotTest {

    @BeforeAll
    static void runTourUnderXvfb(@TempDir Path temp) throws Exception {
        Screenshots.runTourUnderXvfb(temp, "1366x768x24", CounterScreenshotTour.class);
    }

    @Test
    void theWindowIsTheCountersWidthAndFitsA1366By768Screen() throws IOException {
        Properties sizes = where("counter-real-window");

        assertThat(number(sizes, "screen.width")).isEqualTo(1366);
        assertThat(number(sizes, "window.width")).isEqualTo(1280);
        assertThat(number(sizes, "window.height")).as("never taller than the screen")
                .isLessThanOrEqualTo(number(sizes, "screen.height"));
        assertThat(number(sizes, "window.y") + number(sizes, "window.height"))
                .isLessThanOrEqualTo(number(sizes, "screen.height"));
    }

    @Test
    void theSignInScreenIsDrawnInRealChineseGlyphsAndInEnglish() throws IOException {
        assertShowsInChineseGlyphs("counter-real-welcome-zh-CN", "counter-title", "请用工作人员卡登录");
        GlyphCheck.assertNotBlank(image("counter-real-welcome-en"));
        assertThat(where("counter-real-welcome-en").getProperty("counter-title.text"))
                .isEqualTo("Sign in with your staff card");
    }

    @Test
    void enrolmentAndTheFamilyLinkWereClickedThroughInBothLanguages() throws IOException {
        for (String language : new String[] {"zh-CN", "en"}) {
            for (String screen : new String[] {"residents", "enrol-details", "enrol-done", "family-confirm",
                "file-linked"}) {
                GlyphCheck.assertNotBlank(image("counter-real-" + screen + "-" + language));
            }
        }
        assertThat(where("counter-real-residents-zh-CN").getProperty("counter-staff.text")).startsWith("张丽 · 卡 ");
        assertShowsInChineseGlyphs("counter-real-enrol-done-zh-CN", "enrol-done", "张三已经登记好了。");
        assertShowsInChineseGlyphs("counter-real-file-linked-zh-CN", "residents-status", "张三和王秀英已经关联为家人。");
        assertThat(where("counter-real-file-linked-en").getProperty("residents-status.text"))
                .isEqualTo("张三 and 王秀英 are now linked as family.");
    }

    @Test
    void theHospitalDeskWasClickedThroughToAPaymentAndARefusedOvershootInBothLanguages() throws IOException {
        for (String language : new String[] {"zh-CN", "en"}) {
            for (String screen : new String[] {"welcome", "patient", "patient-found", "order", "paid", "mismatch"}) {
                GlyphCheck.assertNotBlank(image("counter-real-hospital-" + screen + "-" + language));
            }
        }
        assertShowsInChineseGlyphs("counter-real-hospital-patient-zh-CN", "counter-title", "请患者刷社保卡");
        assertThat(where("counter-real-hospital-paid-zh-CN").getProperty("centre-name.text")).isEqualTo("仁和医院");
        assertThat(where("counter-real-hospital-paid-en").getProperty("order-paid.text"))
                .isEqualTo("Paid: ¥1,200.50 from the aid of 互助慈善基金会.");
        assertThat(where("counter-real-hospital-mismatch-en").getProperty("counter-problem.text"))
                .startsWith("¥200.50 more than the ¥1,799.50 left on this aid.");
    }

    private static double number(Properties properties, String key) {
        return Double.parseDouble(properties.getProperty(key));
    }
}
