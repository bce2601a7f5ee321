package org.huzhu.face.model;

import org.opencv.core.Rect;

/** Crop rectangles around a face box, kept inside the frame. */
public final class FaceCrops {

    private FaceCrops() {
    }

    /**
     * The box grown about its centre by {@code scale} (less if the frame is too small), then shifted, not cut, to lie
     * inside a {@code frameWidth} x {@code frameHeight} frame.
     */
    public static Rect scaled(FaceBox box, double scale, int frameWidth, int frameHeight) {
        double fit = Math.min(scale, Math.min((frameHeight - 1) / box.height(), (frameWidth - 1) / box.width()));
        double width = box.width() * fit;
        double height = box.height() * fit;
        double left = clampStart(box.centreX() - width / 2, width, frameWidth);
        double top = clampStart(box.centreY() - height / 2, height, frameHeight);
        int x = (int) Math.max(0, left);
        int y = (int) Math.max(0, top);
        int w = Math.max(1, Math.min((int) width, frameWidth - x));
        int h = Math.max(1, Math.min((int) height, frameHeight - y));
        return new Rect(x, y, w, h);
    }

    private static double clampStart(double start, double length, int frameLength) {
        if (start < 0) {
            return 0;
        }
        return Math.min(start, frameLength - 1 - length);
    }
}
