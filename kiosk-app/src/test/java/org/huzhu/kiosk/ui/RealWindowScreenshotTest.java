package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.huzhu.kiosk.testsupport.ChildJvm;
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
    private static Path screenshots;

    @BeforeAll
    static void runTourUnderXvfb(@TempDir Path temp) throws Exception {
        screenshots = Path.of(System.getProperty("huzhu.screenshot.dir", "target/screenshots"));
        assertThat(Files.isExecutable(Path.of("/usr/bin/xvfb-run")))
                .as("xvfb-run is needed for the real-window test: apt-get install xvfb xauth libgtk-3-0").isTrue();

        ChildJvm.Result result = new ChildJvm()
                .wrappedIn("xvfb-run", "-a", "-s", "-screen 0 1280x800x24")
                .jvmArgs("-Dprism.order=sw", "-Djava.awt.headless=true")
                .run(temp, 180, ScreenshotTour.class.getName(), screenshots.toString(), temp.resolve("data").toString());

        assertThat(result.exitCode()).as("screenshot tour exit; stderr:%n%s", result.stderr()).isZero();
    }

    @Test
    void chineseScreenIsDrawnWithRealChineseGlyphs() throws IOException {
        assertShowsInChineseGlyphs("attract-zh-CN", "welcome-primary", CHINESE_WELCOME);
    }

    @Test
    void mouseClickOnTheToggleShowsTheEnglishScreen() throws IOException {
        BufferedImage image = ImageIO.read(screenshots.resolve("attract-en.png").toFile());
        Properties where = where("attract-en");

        GlyphCheck.assertNotBlank(image);
        assertThat(where.getProperty("welcome-primary.text")).isEqualTo("Tap your card or look at the camera");
        assertThat(where.getProperty("welcome-secondary.text")).isEqualTo(CHINESE_WELCOME);
        GlyphCheck.assertDistinctGlyphs(image, bounds(where, "welcome-secondary"), CHINESE_WELCOME);
    }

    @Test
    void homeGreetsTheResidentInChineseGlyphsAndInEnglish() throws IOException {
        assertShowsInChineseGlyphs("home-zh-CN", "home-greeting", "您好，王秀英");

        GlyphCheck.assertNotBlank(ImageIO.read(screenshots.resolve("home-en.png").toFile()));
        assertThat(where("home-en").getProperty("home-greeting.text")).isEqualTo("Hello, 李建国");
    }

    @Test
    void largerTextStepEnlargesTheHomeScreenInBothLanguages() throws IOException {
        for (String language : new String[] {"zh-CN", "en"}) {
            GlyphCheck.assertNotBlank(ImageIO.read(screenshots.resolve("home-large-" + language + ".png").toFile()));
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
        GlyphCheck.assertNotBlank(ImageIO.read(screenshots.resolve("idle-prompt-en.png").toFile()));
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
                GlyphCheck.assertNotBlank(ImageIO.read(screenshots.resolve(screen + "-" + language + ".png").toFile()));
            }
        }
    }

    @Test
    void unregisteredCardAndMissingReaderScreensWereShown() throws IOException {
        GlyphCheck.assertNotBlank(ImageIO.read(screenshots.resolve("message-not-registered-en.png").toFile()));
        assertThat(where("message-not-registered-en").getProperty("message-title.text"))
                .isEqualTo("This card is not registered yet");
        GlyphCheck.assertNotBlank(ImageIO.read(screenshots.resolve("attract-no-reader-zh-CN.png").toFile()));
        assertThat(where("attract-no-reader-zh-CN").getProperty("reader-banner.text")).startsWith("读卡器未连接");
    }

    @Test
    void staffPinScreenAndStaffScreenWereShownInBothLanguages() throws IOException {
        for (String language : new String[] {"zh-CN", "en"}) {
            for (String screen : new String[] {"staff-pin", "staff-pin-wrong", "staff-home"}) {
                GlyphCheck.assertNotBlank(ImageIO.read(screenshots.resolve(screen + "-" + language + ".png").toFile()));
            }
        }
        assertShowsInChineseGlyphs("staff-pin-zh-CN", "screen-title", "工作人员登录");
        assertThat(where("staff-home-zh-CN").getProperty("screen-title.text")).isEqualTo("已登录：张丽（工作人员）");
        assertThat(where("staff-pin-wrong-en").getProperty("pin-problem.text")).isEqualTo("Wrong PIN. 4 tries left.");
        assertThat(where("staff-home-en").getProperty("screen-title.text")).isEqualTo("Signed in as 张丽 (staff)");
    }

    /** Screenshot {@code name} has content, and its label {@code id} shows {@code text} in real Chinese glyphs. */
    private static Properties assertShowsInChineseGlyphs(String name, String id, String text) throws IOException {
        BufferedImage image = ImageIO.read(screenshots.resolve(name + ".png").toFile());
        Properties where = where(name);
        GlyphCheck.assertNotBlank(image);
        assertThat(where.getProperty(id + ".text")).isEqualTo(text);
        GlyphCheck.assertDistinctGlyphs(image, bounds(where, id), text);
        return where;
    }

    private static Properties where(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(screenshots.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Rectangle bounds(Properties where, String id) {
        return new Rectangle(
                (int) Math.round(Double.parseDouble(where.getProperty(id + ".x"))),
                (int) Math.round(Double.parseDouble(where.getProperty(id + ".y"))),
                (int) Math.round(Double.parseDouble(where.getProperty(id + ".width"))),
                (int) Math.round(Double.parseDouble(where.getProperty(id + ".height"))));
    }
}
