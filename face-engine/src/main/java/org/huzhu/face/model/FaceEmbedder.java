package org.huzhu.face.model;

import org.opencv.core.Mat;

/**
 * Aligns a face to the model's template (a similarity transform of the five landmarks) and computes its embedding.
 * Not thread-safe (see {@link FaceDetector}).
 */
public interface FaceEmbedder extends AutoCloseable {

    /** The embedding's length (512 for the faceplugin model, 128 for SFace). */
    int dimensions();

    /** A unit-length embedding of the face; a new array the caller owns. */
    float[] embed(Mat bgrFrame, FaceLandmarks landmarks);

    @Override
    void close();
}
