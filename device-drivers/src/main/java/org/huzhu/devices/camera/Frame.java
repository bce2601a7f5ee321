package org.huzhu.devices.camera;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * One picture from the camera: a {@link BufferedImage#TYPE_3BYTE_BGR} image, when it was captured and its place in
 * the stream.
 *
 * <p>Immutable by contract: the camera makes a fresh image for every frame and never touches it again, and the same
 * frame goes to every open session, so consumers must not draw on {@link #image()} (copy it first). Safe to pass
 * between threads.
 *
 * @param capturedAtNanos {@link System#nanoTime()} when the driver returned the picture
 * @param sequence 0 for the first frame after the camera opened, one more for each frame captured; a gap seen by a
 *     listener is frames dropped for it
 */
public record Frame(BufferedImage image, long capturedAtNanos, long sequence) {

    public Frame {
        Objects.requireNonNull(image, "image");
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            throw new IllegalArgumentException("a frame is TYPE_3BYTE_BGR, not image type " + image.getType());
        }
    }

    /** A frame holding a copy of {@code picture} in {@link BufferedImage#TYPE_3BYTE_BGR}, whatever its type. */
    public static Frame copyOf(BufferedImage picture, long capturedAtNanos, long sequence) {
        BufferedImage copy = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = copy.createGraphics();
        try {
            graphics.drawImage(picture, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return new Frame(copy, capturedAtNanos, sequence);
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }
}
