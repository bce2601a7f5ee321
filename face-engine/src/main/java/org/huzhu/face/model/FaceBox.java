package org.huzhu.face.model;

/**
 * A face's bounding box in frame pixels (origin top left).
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  width, &gt; 0
 * @param height height, &gt; 0
 */
public record FaceBox(double x, double y, double width, double height) {

    public FaceBox {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("a face box needs a positive size, got " + width + "x" + height);
        }
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    /** Intersection over union with another box, 0 to 1. */
    public double iou(FaceBox other) {
        double left = Math.max(x, other.x);
        double top = Math.max(y, other.y);
        double right = Math.min(x + width, other.x + other.width);
        double bottom = Math.min(y + height, other.y + other.height);
        double intersection = Math.max(0, right - left) * Math.max(0, bottom - top);
        return intersection / (width * height + other.width * other.height - intersection);
    }
}
