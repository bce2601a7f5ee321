package org.huzhu.kiosk.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/** A page rendered to PNG, measured: how much of it is ink. */
public final class RenderedPage {

    private RenderedPage() {
    }

    /**
     * Renders page 1 of {@code pdf} twice: at 50 dpi to measure, and at 110 dpi as {@code target/screenshots/<name>}
     * for a person to look at.
     *
     * @return the share of ink on the 50 dpi page
     */
    public static double renderFirstPage(Path pdf, String name) throws IOException {
        Path folder = pdf.getParent();
        Path small = Poppler.render(pdf, 1, 50, folder.resolve(name.replace(".png", "-50dpi.png")));
        Path screenshots = Files.createDirectories(targetFolder("screenshots"));
        Files.copy(Poppler.render(pdf, 1, 110, folder.resolve(name)), screenshots.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
        return inkShare(small);
    }

    /** The share of pixels that are clearly not white (any channel below 200 of 255): text, rules, shading. */
    static double inkShare(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) {
            throw new AssertionError(png + " is not a readable image");
        }
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int darkest = Math.min((rgb >> 16) & 0xFF, Math.min((rgb >> 8) & 0xFF, rgb & 0xFF));
                if (darkest < 200) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }

    /** Where the tests put their PDFs and screenshots: under the module's target folder. */
    static Path targetFolder(String name) {
        String screenshots = System.getProperty("huzhu.screenshot.dir");
        Path target = screenshots == null ? Path.of("target") : Path.of(screenshots).getParent();
        return target.resolve(name);
    }
}
