package org.huzhu.kiosk.face;

/**
 * One camera picture for the screen's live preview, as packed ARGB pixels (row by row). Lives in memory only, and
 * only until the next one replaces it: it is never written anywhere (ADR 0019).
 */
public record PreviewFrame(int width, int height, int[] argb) {

    public PreviewFrame {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("a preview of " + width + "x" + height + " holds " + width * height
                    + " pixels, not " + argb.length);
        }
    }
}
