package org.huzhu.themes;

/** WCAG 2.x relative luminance and contrast ratio of sRGB colours given as {@code rrggbb}. */
final class Contrast {

    private Contrast() {
    }

    static double ratio(String foregroundHex, String backgroundHex) {
        double a = luminance(foregroundHex);
        double b = luminance(backgroundHex);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex, 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
