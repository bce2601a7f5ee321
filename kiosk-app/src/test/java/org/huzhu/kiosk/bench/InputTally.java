package org.huzhu.kiosk.bench;

/**
 * What a task took from the people at the counter: clicks, keystrokes, wheel notches and card taps, the new screens
 * the staff member had to take in, and how often a hand went between mouse and keyboard (it starts on the mouse).
 * Its human time is the Keystroke-Level Model's estimate (Card, Moran &amp; Newell 1980), a model and not a
 * measurement.
 */
final class InputTally {

    /** K: one keystroke, an average typist (the model's 0.28 s for 40 words a minute). */
    static final double KEYSTROKE = 0.28;
    /** P: pointing the mouse at a target on the screen. */
    static final double POINT = 1.1;
    /** B: pressing (and letting go of) the mouse button. */
    static final double CLICK = 0.1;
    /** H: a hand from the keyboard to the mouse or back. */
    static final double HOME = 0.4;
    /** M: making up one's mind, once at each new screen. */
    static final double MENTAL = 1.35;

    private int clicks;
    private int keystrokes;
    private int wheelNotches;
    private int cardTaps;
    private int screens;
    private int handMoves;
    private boolean handOnKeyboard;

    void click() {
        toMouse();
        clicks++;
    }

    void wheelNotch() {
        toMouse();
        wheelNotches++;
    }

    void keystroke() {
        if (!handOnKeyboard) {
            handMoves++;
            handOnKeyboard = true;
        }
        keystrokes++;
    }

    void cardTap() {
        cardTaps++;
    }

    void screen() {
        screens++;
    }

    private void toMouse() {
        if (handOnKeyboard) {
            handMoves++;
            handOnKeyboard = false;
        }
    }

    int clicks() {
        return clicks;
    }

    int keystrokes() {
        return keystrokes;
    }

    /**
     * The model's seconds: P + B per click, K per keystroke, B per wheel notch (the pointer is on the list already),
     * H per hand move, M per new screen, and P + M per card tap (reaching the card to the reader, after deciding to).
     */
    double humanSeconds() {
        return clicks * (POINT + CLICK) + keystrokes * KEYSTROKE + wheelNotches * CLICK + handMoves * HOME
                + screens * MENTAL + cardTaps * (POINT + MENTAL);
    }

    /** "7 clicks, 30 keystrokes, 0 wheel notches, 2 card taps (4 new screens, 3 hand moves)". */
    String inputs() {
        return "%d clicks, %d keystrokes, %d wheel notches, %d card taps (%d new screens, %d hand moves)".formatted(
                clicks, keystrokes, wheelNotches, cardTaps, screens, handMoves);
    }

    int wheelNotches() {
        return wheelNotches;
    }

    /**
     * The same clicks, keys, card taps and screens: the task was driven the same way. Wheel notches may differ: a
     * list orders tasks that started at the same time by their ids, so a task is higher or lower in it.
     */
    boolean sameAs(InputTally other) {
        return clicks == other.clicks && keystrokes == other.keystrokes && cardTaps == other.cardTaps
                && screens == other.screens && handMoves == other.handMoves;
    }
}
