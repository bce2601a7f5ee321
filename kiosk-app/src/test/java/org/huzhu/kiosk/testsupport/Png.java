package org.huzhu.kiosk.testsupport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/** Writes a JavaFX image as PNG without javafx-swing: ARGB pixels straight into a BufferedImage. */
public final class Png {

    private Png() {
    }

    public static void write(Image image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, argb, 0, width);
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
