package org.huzhu.devices.camera;

import java.awt.Dimension;

/** A picture size in pixels (AWT's {@link Dimension} is mutable, so events carry this instead). */
public record Resolution(int width, int height) {

    /** What kiosks ask cameras for: the face engine and the QR decoder are measured at this size. */
    public static final Resolution VGA = new Resolution(640, 480);

    public Resolution {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a resolution is positive, not " + width + "x" + height);
        }
    }

    static Resolution of(Dimension dimension) {
        return new Resolution(dimension.width, dimension.height);
    }

    Dimension toDimension() {
        return new Dimension(width, height);
    }

    /** How far this is from {@code other}, for choosing the closest mode (difference in pixel count). */
    long distanceTo(Resolution other) {
        return Math.abs((long) width * height - (long) other.width * other.height);
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
