package org.huzhu.devices.camera.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** TEST SUPPORT. Small images of one grey level, so a frame tells which file it came from. */
public final class TestImages {

    private TestImages() {
    }

    /** Writes {@code count} PNGs named frame-00.png … into {@code folder}, frame i filled with grey {@link #grey}(i). */
    public static Path greyFrames(Path folder, int count) {
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                writePng(folder.resolve(String.format("frame-%02d.png", i)), grey(i));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The grey level of test frame {@code index}. */
    public static int grey(int index) {
        return (index * 10) % 256;
    }

    public static void writePng(Path file, int greyLevel) throws IOException {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(greyLevel, greyLevel, greyLevel));
        graphics.fillRect(0, 0, 32, 24);
        graphics.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    /** The grey level of a test frame's first pixel. */
    public static int greyOf(BufferedImage image) {
        return image.getRGB(0, 0) & 0xFF;
    }
}
