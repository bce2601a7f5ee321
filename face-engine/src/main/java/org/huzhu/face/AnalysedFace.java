package org.huzhu.face;

import org.huzhu.face.model.FaceBox;
import org.huzhu.face.model.FaceLandmarks;

/**
 * One face of a frame, fully analysed.
 *
 * @param box            where, in frame pixels
 * @param detectionScore the detector's confidence, 0 to 1
 * @param landmarks      eye, nose and mouth points (and all the landmark model's points)
 * @param quality        size, pose, sharpness and brightness
 * @param liveness       passive liveness score, 0 (photo or screen) to 1 (live)
 * @param template       the face's embedding
 */
public record AnalysedFace(FaceBox box, float detectionScore, FaceLandmarks landmarks, FaceQuality quality,
        float liveness, FaceTemplate template) {
}
