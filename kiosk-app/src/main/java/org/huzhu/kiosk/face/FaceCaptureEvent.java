package org.huzhu.kiosk.face;

import java.util.Objects;
import java.util.Optional;
import org.huzhu.protocol.face.FaceTemplate;

/**
 * What an enrolment capture ({@link FaceCapture}) reports, on a camera or timer thread (hand it to the FX thread).
 * Any number of {@link Progress}, then exactly one of {@link Captured} or {@link Failed}. Holds no image.
 */
public sealed interface FaceCaptureEvent {

    /**
     * How far the capture is.
     *
     * @param goodFrames   frames that counted so far (one face, good quality, live)
     * @param framesWanted how many it needs
     * @param latest       why the latest frame did not count; empty when it did
     */
    record Progress(int goodFrames, int framesWanted, Optional<FaceCaptureProblem> latest) implements FaceCaptureEvent {

        public Progress {
            Objects.requireNonNull(latest);
        }
    }

    /** The template: the good frames' unit embeddings averaged and made unit length again. */
    record Captured(FaceTemplate template, int frames) implements FaceCaptureEvent {

        public Captured {
            Objects.requireNonNull(template);
        }
    }

    /** No template: why (the latest frame's problem when the capture gave up, else the camera's or engine's). */
    record Failed(FaceCaptureProblem problem) implements FaceCaptureEvent {

        public Failed {
            Objects.requireNonNull(problem);
        }
    }
}
