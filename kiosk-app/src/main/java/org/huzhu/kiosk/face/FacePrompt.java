package org.huzhu.kiosk.face;

import java.util.Optional;
import org.huzhu.face.FaceRefusal;

/**
 * What the camera screen asks of the person, in plain words read aloud. None of them says "not recognised" or
 * "fake": a face that does not sign in is never the resident's fault on screen (issue 14).
 */
public enum FacePrompt {
    LOOK_AT_SCREEN,
    COME_CLOSER,
    ONE_AT_A_TIME,
    HOLD_STILL,
    FACE_THE_LIGHT,
    /** After a try that did not sign in: once more, kindly. */
    TRY_ONCE_MORE;

    /** What to ask for a frame too poor to judge; empty when the refusal is not one the person can fix. */
    static Optional<FacePrompt> asking(FaceRefusal refusal) {
        return Optional.ofNullable(switch (refusal) {
            case NO_FACE, NOT_FRONTAL -> LOOK_AT_SCREEN;
            case TOO_FAR -> COME_CLOSER;
            case SEVERAL_FACES -> ONE_AT_A_TIME;
            case BLURRED -> HOLD_STILL;
            case POOR_LIGHT -> FACE_THE_LIGHT;
            // A good frame that signed nobody in: counted against the try, never named to the resident.
            case NOT_LIVE, UNKNOWN, AMBIGUOUS -> null;
        });
    }
}
