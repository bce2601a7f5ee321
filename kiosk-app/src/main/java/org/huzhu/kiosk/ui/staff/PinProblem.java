package org.huzhu.kiosk.ui.staff;

/** Why a PIN did not sign the staff member in, each with its sentence and whether another PIN can be tried. */
enum PinProblem {
    WRONG_PIN("pin.wrong", true),
    BLOCKED("pin.blocked", false),
    NOT_THE_SAME_CARD("pin.notTheSameCard", false),
    TAP_AGAIN("pin.tapAgain", true),
    READER_GONE("pin.readerGone", true),
    UNREADABLE("pin.unreadable", false);

    private final String textKey;
    private final boolean anotherTry;

    PinProblem(String textKey, boolean anotherTry) {
        this.textKey = textKey;
        this.anotherTry = anotherTry;
    }

    String textKey() {
        return textKey;
    }

    /** False when no PIN can help any more (the card is blocked, swapped or broken): only Cancel is left. */
    boolean anotherTry() {
        return anotherTry;
    }
}
