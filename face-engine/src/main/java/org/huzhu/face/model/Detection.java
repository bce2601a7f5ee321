package org.huzhu.face.model;

import java.util.Optional;

/**
 * One face a detector found.
 *
 * @param box       where, in frame pixels
 * @param score     the detector's confidence, 0 to 1
 * @param landmarks the five points, for detectors that give them (YuNet); empty otherwise
 */
public record Detection(FaceBox box, float score, Optional<FaceLandmarks> landmarks) {

    /** A detection without landmarks. */
    public Detection(FaceBox box, float score) {
        this(box, score, Optional.empty());
    }
}
