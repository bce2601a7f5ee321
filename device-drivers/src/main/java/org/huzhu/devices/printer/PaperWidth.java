package org.huzhu.devices.printer;

/**
 * The two common thermal paper rolls. Columns are those of the printer's font A (12 dots wide, 203 dpi): a Chinese
 * character takes two of them, a large-print character twice as many.
 */
public enum PaperWidth {
    MM58(58, 32, 384),
    MM80(80, 48, 576);

    private final int millimetres;
    private final int columns;
    private final int dots;

    PaperWidth(int millimetres, int columns, int dots) {
        this.millimetres = millimetres;
        this.columns = columns;
        this.dots = dots;
    }

    public int millimetres() {
        return millimetres;
    }

    /** Normal-size Latin characters a line holds. */
    public int columns() {
        return columns;
    }

    /** Printable dots across the paper. */
    public int dots() {
        return dots;
    }

    /** The paper of {@code millimetres} (58 or 80), if it is one of ours. */
    public static java.util.Optional<PaperWidth> ofMillimetres(int millimetres) {
        for (PaperWidth width : values()) {
            if (width.millimetres == millimetres) {
                return java.util.Optional.of(width);
            }
        }
        return java.util.Optional.empty();
    }
}
