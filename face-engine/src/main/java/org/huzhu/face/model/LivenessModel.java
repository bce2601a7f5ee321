package org.huzhu.face.model;

import org.opencv.core.Mat;

/**
 * Passive liveness from one frame: how likely the face is a live person in front of the camera rather than a photo or
 * a screen. Not thread-safe (see {@link FaceDetector}).
 */
public interface LivenessModel extends AutoCloseable {

    /** Liveness score, 0 (presentation attack) to 1 (live). */
    float liveness(Mat bgrFrame, Detection face);

    @Override
    void close();
}
