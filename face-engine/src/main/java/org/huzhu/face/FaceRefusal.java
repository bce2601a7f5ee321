package org.huzhu.face;

/**
 * Why a frame did not sign anybody in. The first six are the camera screen's prompts (the person can fix them); the
 * last three end in "please tap your card instead" after the screen's retries, never in "not recognised" or "fake".
 */
public enum FaceRefusal {
    /** No face in the frame. */
    NO_FACE,
    /** More than one face near enough to count. */
    SEVERAL_FACES,
    /** The face is too small in the frame: "please come a little closer". */
    TOO_FAR,
    /** The face is turned or tilted: "please look at the screen". */
    NOT_FRONTAL,
    /** The face is too dark (or burnt out). */
    POOR_LIGHT,
    /** The face is blurred: "hold still". */
    BLURRED,
    /** Passive liveness below the threshold (photo, screen, or a real face in light the model dislikes). */
    NOT_LIVE,
    /** Nobody in the gallery is similar enough. */
    UNKNOWN,
    /** Two enrolled keys are almost as similar: the margin over the second best is too small. */
    AMBIGUOUS
}
