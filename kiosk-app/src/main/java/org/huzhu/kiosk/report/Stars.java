package org.huzhu.kiosk.report;

/** The average of ratings as reports and the counter's screens show it. */
public final class Stars {

    private Stars() {
    }

    /**
     * The average of {@code starsTotal / count} with one decimal, rounded half up, in integer arithmetic ("4.6"); only
     * ever shown, never computed with further. {@code count} must be positive.
     */
    public static String average(int count, int starsTotal) {
        long tenths = (starsTotal * 20L + count) / (2L * count);
        return tenths / 10 + "." + tenths % 10;
    }
}
