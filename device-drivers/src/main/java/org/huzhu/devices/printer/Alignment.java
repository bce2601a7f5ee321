package org.huzhu.devices.printer;

/** Where a line sits across the paper (ESC/POS {@code ESC a n}). */
public enum Alignment {
    LEFT, CENTRE, RIGHT;

    int escPosCode() {
        return ordinal();
    }

    static Alignment fromEscPosCode(int code) throws EscPosFormatException {
        return switch (code) {
            case 0, '0' -> LEFT;
            case 1, '1' -> CENTRE;
            case 2, '2' -> RIGHT;
            default -> throw new EscPosFormatException("ESC a " + code + " is not an alignment");
        };
    }
}
