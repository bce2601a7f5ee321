package org.huzhu.themes;

/**
 * WCAG 2.x relative luminance and contrast ratio of opaque sRGB colours, for checking the palette and rendered
 * screens against the kiosk's 7:1 rule.
 */
public final class Contrast {

    private Contrast() {
    }

    /** The contrast ratio of two colours given as {@code rrggbb}, from 1 (same) to 21 (black on white). */
    public static double ratio(String foregroundHex, String backgroundHex) {
        return ratio(Integer.parseInt(foregroundHex, 16), Integer.parseInt(backgroundHex, 16));
    }

    /** The contrast ratio of two colours given as {@code 0xrrggbb} (any alpha byte is ignored). */
    public static double ratio(int foregroundRgb, int backgroundRgb) {
        double a = luminance(foregroundRgb);
        double b = luminance(backgroundRgb);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
