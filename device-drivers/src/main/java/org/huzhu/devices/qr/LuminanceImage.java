package org.huzhu.devices.qr;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A picture's luminance, one byte per pixel, as ZXing reads it: {@code (R + 2G + B) / 4}, ZXing's own weighting.
 * Made straight from a camera frame's BGR bytes (no Java2D conversion), shrunk on the way by a whole factor so the
 * longer side is at most a given size (ZXing's work grows with the pixel count; a full 1920x1440 frame took up to
 * 3 s). Immutable.
 */
final class LuminanceImage extends LuminanceSource {

    private final byte[] luminance;

    private LuminanceImage(byte[] luminance, int width, int height) {
        super(width, height);
        this.luminance = luminance;
    }

    /** {@code image}'s luminance, averaged over n x n blocks for the smallest n that fits {@code maxSide}. */
    static LuminanceImage of(BufferedImage image, int maxSide) {
        int factor = Math.max(1, ceilDiv(Math.max(image.getWidth(), image.getHeight()), maxSide));
        int width = image.getWidth() / factor;
        int height = image.getHeight() / factor;
        if (factor == 1 && isPlainBgr(image)) {
            return new LuminanceImage(bgrLuminance(image), width, height);
        }
        int[] sums = new int[width * height];
        if (isPlainBgr(image)) {
            addBgrRows(image, factor, width, height, sums);
        } else {
            addRgbRows(image, factor, width, height, sums);
        }
        byte[] luminance = new byte[width * height];
        int block = factor * factor;
        for (int i = 0; i < sums.length; i++) {
            luminance[i] = (byte) (sums[i] / block);
        }
        return new LuminanceImage(luminance, width, height);
    }

    private static boolean isPlainBgr(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_3BYTE_BGR && image.getRaster().getParent() == null
                && image.getRaster().getDataBuffer() instanceof DataBufferByte;
    }

    /** The common case, a camera frame that needs no shrinking: one pass over the bytes. */
    private static byte[] bgrLuminance(BufferedImage image) {
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] luminance = new byte[image.getWidth() * image.getHeight()];
        for (int i = 0, offset = 0; i < luminance.length; i++, offset += 3) {
            luminance[i] = (byte) (((bgr[offset + 2] & 0xFF) + 2 * (bgr[offset + 1] & 0xFF) + (bgr[offset] & 0xFF))
                    >> 2);
        }
        return luminance;
    }

    private static void addBgrRows(BufferedImage image, int factor, int width, int height, int[] sums) {
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int stride = image.getWidth() * 3;
        for (int y = 0; y < height * factor; y++) {
            int row = y * stride;
            int target = (y / factor) * width;
            for (int x = 0; x < width * factor; x++) {
                int offset = row + x * 3;
                int blue = bgr[offset] & 0xFF;
                int green = bgr[offset + 1] & 0xFF;
                int red = bgr[offset + 2] & 0xFF;
                sums[target + x / factor] += (red + 2 * green + blue) >> 2;
            }
        }
    }

    private static void addRgbRows(BufferedImage image, int factor, int width, int height, int[] sums) {
        int[] row = new int[width * factor];
        for (int y = 0; y < height * factor; y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            int target = (y / factor) * width;
            for (int x = 0; x < row.length; x++) {
                int pixel = row[x];
                int red = (pixel >> 16) & 0xFF;
                int green = (pixel >> 8) & 0xFF;
                int blue = pixel & 0xFF;
                sums[target + x / factor] += (red + 2 * green + blue) >> 2;
            }
        }
    }

    private static int ceilDiv(int value, int divisor) {
        return (value + divisor - 1) / divisor;
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        if (y < 0 || y >= getHeight()) {
            throw new IllegalArgumentException("row " + y + " is outside the image");
        }
        byte[] target = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
        System.arraycopy(luminance, y * getWidth(), target, 0, getWidth());
        return target;
    }

    /** The pixels themselves (ZXing's contract: callers must not modify the array). */
    @Override
    public byte[] getMatrix() {
        return luminance;
    }

    @Override
    public boolean isRotateSupported() {
        return true;
    }

    @Override
    public LuminanceSource rotateCounterClockwise() {
        int width = getWidth();
        int height = getHeight();
        byte[] rotated = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // Pixel (x, y) goes to column y of row (width - 1 - x) in the height x width result.
                rotated[(width - 1 - x) * height + y] = luminance[y * width + x];
            }
        }
        return new LuminanceImage(rotated, height, width);
    }
}
