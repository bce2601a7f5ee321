package org.huzhu.kiosk.face;

import java.util.Objects;

/** What one analysed camera frame says about the person in front of the kiosk, in the coach's terms. */
public sealed interface FaceVerdict {

    /** Something the person can change: where they stand, where they look, the light. */
    enum Adjustment { NO_FACE, SEVERAL_FACES, TOO_FAR, NOT_FRONTAL, BLURRED, TOO_DARK }

    /** The face on a good frame is this enrolled resident's, clearly ahead of the second best, and live. */
    record Matched(String residentId) implements FaceVerdict {
        public Matched {
            Objects.requireNonNull(residentId);
        }
    }

    /** A good frame that did not sign anyone in: an unknown face, two residents too alike, or liveness not passed. */
    record NoMatch() implements FaceVerdict {
    }

    /** A frame too poor to judge; the person is asked to change {@code adjustment}. Never counts as a failed try. */
    record Adjust(Adjustment adjustment) implements FaceVerdict {
        public Adjust {
            Objects.requireNonNull(adjustment);
        }
    }
}
