package org.huzhu.face.model;

import org.opencv.core.Mat;

/** Places landmarks on a detected face. Not thread-safe (see {@link FaceDetector}). */
public interface LandmarkModel extends AutoCloseable {

    FaceLandmarks landmarks(Mat bgrFrame, Detection face);

    @Override
    void close();
}
