package org.huzhu.kiosk.ui.counter.face;

/** Where the face sign-in screen is: its steps, one at a time. */
enum FaceSignInStep {
    /** What is kept, the consent, "Start" and "Delete face". */
    READY,
    /** The camera is looking: how many good pictures so far. */
    CAPTURING,
    /** "Delete the face of …?" */
    CONFIRM_DELETE
}
