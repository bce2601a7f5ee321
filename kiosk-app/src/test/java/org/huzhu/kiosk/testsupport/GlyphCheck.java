package org.huzhu.kiosk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * Tells real glyphs from "tofu" (the empty boxes a font without CJK draws) in a screenshot. Chinese characters all have
 * the same advance, so the text's bounds split into one equal cell per character. Real glyphs differ from each other;
 * tofu boxes are identical, and a missing font may draw nothing at all. So: every cell must have ink, and no two cells
 * of distinct characters may look alike.
 */
public final class GlyphCheck {

    /** Fraction of dark pixels a cell needs to count as drawn. */
    private static final double MIN_INK = 0.03;
    /** Mean absolute luminance difference (0-255) below which two cells count as the same picture. */
    private static final double SAME_PICTURE = 8.0;

    private GlyphCheck() {
    }

    public static void assertDistinctGlyphs(BufferedImage image, Rectangle textBounds, String text) {
        int[] codePoints = text.codePoints().toArray();
        assertThat(codePoints).as("characters of %s", text).doesNotHaveDuplicates();
        int n = codePoints.length;
        int cellWidth = textBounds.width / n;
        assertThat(cellWidth).as("cell width").isGreaterThan(4);
        double[][] cells = new double[n][];
        for (int i = 0; i < n; i++) {
            cells[i] = luminance(image, textBounds.x + (int) Math.round(i * (double) textBounds.width / n),
                    textBounds.y, cellWidth, textBounds.height);
            if (Character.isLetter(codePoints[i])) { // punctuation such as '，' has little ink of its own
                assertThat(inkFraction(cells[i])).as("ink of '%s'", Character.toString(codePoints[i]))
                        .isGreaterThan(MIN_INK);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                assertThat(meanAbsoluteDifference(cells[i], cells[j]))
                        .as("'%s' and '%s' look alike: empty boxes instead of glyphs?",
                                Character.toString(codePoints[i]), Character.toString(codePoints[j]))
                        .isGreaterThan(SAME_PICTURE);
            }
        }
    }

    /** A screenshot with content: many colours, and no single colour covering nearly everything. */
    public static void assertNotBlank(BufferedImage image) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        int total = image.getWidth() * image.getHeight();
        int commonest = counts.values().stream().max(Integer::compare).orElse(0);
        assertThat(counts.size()).as("distinct colours").isGreaterThan(32);
        assertThat((double) commonest / total).as("share of the commonest colour").isLessThan(0.95);
    }

    private static double[] luminance(BufferedImage image, int x0, int y0, int width, int height) {
        double[] values = new double[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(Math.min(x0 + x, image.getWidth() - 1), Math.min(y0 + y, image.getHeight() - 1));
                values[y * width + x] = 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
            }
        }
        return values;
    }

    private static double inkFraction(double[] cell) {
        long dark = java.util.Arrays.stream(cell).filter(v -> v < 128).count();
        return (double) dark / cell.length;
    }

    private static double meanAbsoluteDifference(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }
}
