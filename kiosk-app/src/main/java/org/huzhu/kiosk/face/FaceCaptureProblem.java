package org.huzhu.kiosk.face;

/**
 * Why an enrolment capture ({@link FaceCapture}) made no template, or why its latest frame did not count. The first
 * seven are what staff can help the resident with; the last three end a capture by themselves.
 */
public enum FaceCaptureProblem {
    /** No face in the frame. */
    NO_FACE,
    /** More than one face near enough to count: only the resident should be in front of the camera. */
    SEVERAL_FACES,
    /** The face is too small in the frame: closer to the camera. */
    TOO_FAR,
    /** The face is turned or tilted: look straight at the camera. */
    NOT_FRONTAL,
    /** Too dark or too bright. */
    POOR_LIGHT,
    /** Blurred: hold still. */
    BLURRED,
    /** The liveness check did not pass (a photo, a screen, or light the model dislikes). */
    NOT_LIVE,
    /** This station has no camera, or the camera could not be opened or stopped working. */
    NO_CAMERA,
    /** This station has no usable face model pack (ADR 0017). */
    NO_ENGINE,
    /** The camera delivered no frame the engine could judge before the capture gave up. */
    TIMED_OUT
}
