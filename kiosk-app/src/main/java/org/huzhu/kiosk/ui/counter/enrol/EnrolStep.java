package org.huzhu.kiosk.ui.counter.enrol;

/** Where an enrolment stands. */
enum EnrolStep {
    /** Waiting for the resident's social-security card. */
    READ_CARD,
    /** The card was read: language and consent. */
    DETAILS,
    /** Waiting for the same card again, the resident's confirmation. */
    CONFIRM_TAP,
    /** Being signed on the staff card and recorded. */
    RECORDING,
    /** Recorded. */
    DONE,
    /** Not recorded; the problem says why. */
    FAILED
}
