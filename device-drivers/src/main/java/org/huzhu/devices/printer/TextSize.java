package org.huzhu.devices.printer;

/** How large a receipt line prints: the printer's own font scaled (ESC/POS {@code GS ! n}), never a bitmap. */
public enum TextSize {
    /** The printer's normal font (12 x 24 dots on the usual thermal printers). */
    NORMAL(1, 1),
    /** Twice as tall, same width: fits as many characters a line as normal text. */
    TALL(1, 2),
    /** Twice as wide and twice as tall: the large print of the key lines. */
    LARGE(2, 2);

    private final int widthFactor;
    private final int heightFactor;

    TextSize(int widthFactor, int heightFactor) {
        this.widthFactor = widthFactor;
        this.heightFactor = heightFactor;
    }

    public int widthFactor() {
        return widthFactor;
    }

    public int heightFactor() {
        return heightFactor;
    }

    /** The argument of {@code GS ! n}: width factor - 1 in the high nibble, height factor - 1 in the low one. */
    int escPosCode() {
        return (widthFactor - 1) << 4 | (heightFactor - 1);
    }

    static TextSize fromEscPosCode(int code) throws EscPosFormatException {
        for (TextSize size : values()) {
            if (size.escPosCode() == code) {
                return size;
            }
        }
        throw new EscPosFormatException("GS ! " + code + " is a character size this kiosk never prints");
    }
}
