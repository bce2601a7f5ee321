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

/**
 * The real-window tests' screenshots in {@code target/screenshots/}: running a tour in a child JVM under Xvfb, and
 * reading back each PNG and the {@code .properties} beside it (where the key texts are and what they say).
 */
final class Screenshots {

    static final Path DIR = Path.of(System.getProperty("huzhu.screenshot.dir", "target/screenshots"));

    private Screenshots() {
    }

    /** Runs {@code tour}'s {@code main} under Xvfb with one screen of {@code screen} (e.g. "1280x800x24"). */
    static void runTourUnderXvfb(Path temp, String screen, Class<?> tour) throws Exception {
        assertThat(Files.isExecutable(Path.of("/usr/bin/xvfb-run")))
                .as("xvfb-run is needed for the real-window test: apt-get install xvfb xauth libgtk-3-0").isTrue();

        ChildJvm.Result result = new ChildJvm()
                .wrappedIn("xvfb-run", "-a", "-s", "-screen 0 " + screen)
                .jvmArgs("-Dprism.order=sw", "-Djava.awt.headless=true")
                .run(temp, 180, tour.getName(), DIR.toString(), temp.resolve("data").toString());

        assertThat(result.exitCode()).as("%s exit; stderr:%n%s", tour.getSimpleName(), result.stderr()).isZero();
    }

    /** Screenshot {@code name} has content, and its label {@code id} shows {@code text} in real Chinese glyphs. */
    static Properties assertShowsInChineseGlyphs(String name, String id, String text) throws IOException {
        BufferedImage image = image(name);
        Properties where = where(name);
        GlyphCheck.assertNotBlank(image);
        assertThat(where.getProperty(id + ".text")).isEqualTo(text);
        GlyphCheck.assertDistinctGlyphs(image, bounds(where, id), text);
        return where;
    }

    static BufferedImage image(String name) throws IOException {
        return ImageIO.read(DIR.resolve(name + ".png").toFile());
    }

    static Properties where(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(DIR.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    static Rectangle bounds(Properties where, String id) {
        return new Rectangle(
                (int) Math.round(Double.parseDouble(where.getProperty(id + ".x"))),
                (int) Math.round(Double.parseDouble(where.getProperty(id + ".y"))),
                (int) Math.round(Double.parseDouble(where.getProperty(id + ".width"))),
                (int) Math.round(Double.parseDouble(where.getProperty(id + ".height"))));
    }
}
