package org.huzhu.face.model;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/** Converts Java images to OpenCV frames, in memory only (nothing is ever written). */
public final class Frames {

    private Frames() {
    }

    /** A new BGR 8-bit {@code Mat} with the image's pixels; the caller owns it and must {@code release()} it. */
    public static Mat toBgrMat(BufferedImage image) {
        BufferedImage bgr = image.getType() == BufferedImage.TYPE_3BYTE_BGR && plainRaster(image) ? image
                : redraw(image);
        byte[] pixels = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        Mat mat = new Mat(bgr.getHeight(), bgr.getWidth(), CvType.CV_8UC3);
        mat.put(0, 0, pixels);
        return mat;
    }

    private static boolean plainRaster(BufferedImage image) {
        // A sub-image shares its parent's buffer: its bytes do not start at its own top-left pixel.
        return image.getRaster().getParent() == null && image.getRaster().getDataBuffer().getSize()
                == image.getWidth() * image.getHeight() * 3;
    }

    private static BufferedImage redraw(BufferedImage image) {
        BufferedImage bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = bgr.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return bgr;
    }
}
