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
 * The demo counter in a real window on a real X server (Xvfb) the size of a small laptop's screen, 1366 × 768,
 * through GTK glass: what staff see. The window runs in a child JVM because this JVM's glass platform is Monocle.
 * Screenshots land in {@code target/screenshots/counter-real-*.png}.
 */
class CounterRealWindowScreenshotTest {

    private static Path screenshots;

    @BeforeAll
    static void runTourUnderXvfb(@TempDir Path temp) throws Exception {
        screenshots = Path.of(System.getProperty("huzhu.screenshot.dir", "target/screenshots"));
        assertThat(Files.isExecutable(Path.of("/usr/bin/xvfb-run")))
                .as("xvfb-run is needed for the real-window test: apt-get install xvfb xauth libgtk-3-0").isTrue();

        ChildJvm.Result result = new ChildJvm()
                .wrappedIn("xvfb-run", "-a", "-s", "-screen 0 1366x768x24")
                .jvmArgs("-Dprism.order=sw", "-Djava.awt.headless=true")
                .run(temp, 180, CounterScreenshotTour.class.getName(), screenshots.toString(),
                        temp.resolve("data").toString());

        assertThat(result.exitCode()).as("counter screenshot tour exit; stderr:%n%s", result.stderr()).isZero();
    }

    @Test
    void theWindowIsTheCountersWidthAndFitsA1366By768Screen() throws IOException {
        Properties sizes = properties("counter-real-window");

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
        assertThat(properties("counter-real-welcome-en").getProperty("counter-title.text"))
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
        assertThat(properties("counter-real-residents-zh-CN").getProperty("counter-staff.text")).startsWith("张丽 · 卡 ");
        assertShowsInChineseGlyphs("counter-real-enrol-done-zh-CN", "enrol-done", "张三已经登记好了。");
        assertShowsInChineseGlyphs("counter-real-file-linked-zh-CN", "residents-status", "张三和王秀英已经关联为家人。");
        assertThat(properties("counter-real-file-linked-en").getProperty("residents-status.text"))
                .isEqualTo("张三 and 王秀英 are now linked as family.");
    }

    private static void assertShowsInChineseGlyphs(String name, String id, String text) throws IOException {
        Properties where = properties(name);
        BufferedImage image = image(name);
        GlyphCheck.assertNotBlank(image);
        assertThat(where.getProperty(id + ".text")).isEqualTo(text);
        GlyphCheck.assertDistinctGlyphs(image, new Rectangle(
                (int) Math.round(number(where, id + ".x")), (int) Math.round(number(where, id + ".y")),
                (int) Math.round(number(where, id + ".width")), (int) Math.round(number(where, id + ".height"))),
                text);
    }

    private static BufferedImage image(String name) throws IOException {
        return ImageIO.read(screenshots.resolve(name + ".png").toFile());
    }

    private static Properties properties(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(screenshots.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static double number(Properties properties, String key) {
        return Double.parseDouble(properties.getProperty(key));
    }
}
