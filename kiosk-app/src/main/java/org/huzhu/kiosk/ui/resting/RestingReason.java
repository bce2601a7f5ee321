package org.huzhu.kiosk.ui.resting;

/** Why the kiosk does not serve residents now: each has its own screen words. */
public enum RestingReason {
    /** It cannot serve safely (ADR 0022): residents go to the counter, or phone the centre. */
    OUT_OF_ORDER("resting.outOfOrder"),
    /** Outside the centre's opening hours: the screen says when it opens again, dimmed. */
    CLOSED("resting.closed");

    private final String keyPrefix;

    RestingReason(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    String titleKey() {
        return keyPrefix + ".title";
    }

    String bodyKey() {
        return keyPrefix + ".body";
    }
}
